//! Links that carry a token: RFC 3986 percent-encoding and base-URL checks.

use clean_dm::core::qr::{build_link, percent_encode, validate_base, QrError, DEFAULT_LINK_PARAM};

fn link(base: &str, token: &str) -> String {
    build_link(base, DEFAULT_LINK_PARAM, token).unwrap_or_else(|e| panic!("{base}: {e}"))
}

#[test]
fn percent_encodes_everything_but_unreserved() {
    assert_eq!(percent_encode("AZaz09-._~"), "AZaz09-._~");
    assert_eq!(percent_encode("a b"), "a%20b");
    assert_eq!(percent_encode("&=+/?#%"), "%26%3D%2B%2F%3F%23%25");
    assert_eq!(percent_encode("é"), "%C3%A9");
    assert_eq!(percent_encode("🔑"), "%F0%9F%94%91");
    assert_eq!(percent_encode("\n\0"), "%0A%00");
    assert_eq!(percent_encode(""), "");
    // base64 (standard) tokens: + and / and = must not survive raw.
    assert_eq!(percent_encode("ab+/cd=="), "ab%2B%2Fcd%3D%3D");
}

#[test]
fn appends_with_question_mark_or_ampersand() {
    assert_eq!(
        link("https://example.com/reset", "abc"),
        "https://example.com/reset?token=abc"
    );
    assert_eq!(
        link("https://example.com", "abc"),
        "https://example.com?token=abc"
    );
    assert_eq!(
        link("https://example.com/r?lang=en", "abc"),
        "https://example.com/r?lang=en&token=abc"
    );
    assert_eq!(
        link("https://example.com/r?", "abc"),
        "https://example.com/r?token=abc"
    );
    assert_eq!(
        link("https://example.com/r?a=1&", "abc"),
        "https://example.com/r?a=1&token=abc"
    );
    assert_eq!(
        link("http://localhost:8080/v", "abc"),
        "http://localhost:8080/v?token=abc"
    );
}

#[test]
fn inserts_before_the_fragment() {
    assert_eq!(
        link("https://example.com/app#/reset", "abc"),
        "https://example.com/app?token=abc#/reset"
    );
    assert_eq!(
        link("https://example.com/app?x=1#top", "abc"),
        "https://example.com/app?x=1&token=abc#top"
    );
    // A '?' after '#' belongs to the fragment.
    assert_eq!(
        link("https://example.com/#/p?q=1", "abc"),
        "https://example.com/?token=abc#/p?q=1"
    );
}

#[test]
fn encodes_token_and_parameter_name() {
    assert_eq!(
        link("https://example.com/r", "a b&c=d+e/f"),
        "https://example.com/r?token=a%20b%26c%3Dd%2Be%2Ff"
    );
    assert_eq!(
        link("https://example.com/r", "café東"),
        "https://example.com/r?token=caf%C3%A9%E6%9D%B1"
    );
    assert_eq!(
        build_link("https://example.com/r", "reset token", "x").unwrap(),
        "https://example.com/r?reset%20token=x"
    );
    assert_eq!(
        build_link("https://example.com/r", " key ", "x").unwrap(),
        "https://example.com/r?key=x"
    );
    // Token text is encoded as given, spaces included.
    assert_eq!(
        link("https://example.com/r", " x "),
        "https://example.com/r?token=%20x%20"
    );
}

#[test]
fn trims_and_accepts_valid_bases() {
    assert_eq!(
        validate_base("  https://example.com/r \n"),
        Ok("https://example.com/r")
    );
    for ok in [
        "HTTPS://Example.COM/r",
        "http://127.0.0.1/x",
        "https://[::1]:8443/x",
        "https://user:pw@example.com/x",
        "https://münchen.example/x",
        "https://example.com:/x",
        "https://sub.example.co.uk?x=1",
    ] {
        assert!(validate_base(ok).is_ok(), "{ok}");
    }
}

#[test]
fn rejects_bad_bases_with_clear_messages() {
    let cases: &[(&str, QrError)] = &[
        ("", QrError::LinkBaseEmpty),
        ("   ", QrError::LinkBaseEmpty),
        ("example.com/reset", QrError::LinkBaseScheme),
        ("ftp://example.com", QrError::LinkBaseScheme),
        ("javascript:alert(1)", QrError::LinkBaseScheme),
        ("//example.com", QrError::LinkBaseScheme),
        ("https:/example.com", QrError::LinkBaseScheme),
        ("https://", QrError::LinkBaseHost),
        ("https:///path", QrError::LinkBaseHost),
        ("https://?x=1", QrError::LinkBaseHost),
        ("https://:443/x", QrError::LinkBaseHost),
        ("https://user@/x", QrError::LinkBaseHost),
        ("https://exa<mple.com", QrError::LinkBaseHost),
        ("https://[::1/x", QrError::LinkBaseHost),
        ("https://exa mple.com", QrError::LinkBaseWhitespace),
        ("https://example.com/a b", QrError::LinkBaseWhitespace),
        ("https://example.com/\tx", QrError::LinkBaseWhitespace),
        ("https://example.com:99999/x", QrError::LinkBasePort),
        ("https://example.com:80a/x", QrError::LinkBasePort),
    ];
    for (base, want) in cases {
        assert_eq!(
            build_link(base, "token", "abc").as_ref(),
            Err(want),
            "{base:?}"
        );
    }
    assert!(QrError::LinkBaseScheme.to_string().contains("https://"));
    assert!(QrError::LinkBaseHost
        .to_string()
        .contains("https://example.com"));
}

#[test]
fn rejects_empty_parameter_or_token() {
    assert_eq!(
        build_link("https://example.com", "", "abc"),
        Err(QrError::LinkParamEmpty)
    );
    assert_eq!(
        build_link("https://example.com", "  ", "abc"),
        Err(QrError::LinkParamEmpty)
    );
    assert_eq!(
        build_link("https://example.com", "token", ""),
        Err(QrError::LinkTokenEmpty)
    );
    // The base is checked first.
    assert_eq!(build_link("nope", "", ""), Err(QrError::LinkBaseScheme));
}
