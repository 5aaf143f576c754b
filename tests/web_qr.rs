//! Browser tests of the QR tool: it draws an inline SVG, says the maximum when the text is too
//! long (and keeps no stale code), and builds links with a URL-encoded token.
#![cfg(target_arch = "wasm32")]

use clean_dm::components::qr_tool::QrTool;
use clean_dm::components::shared_token::SharedToken;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

mod web_support;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A token with every kind of character a link must escape.
const SPECIAL_TOKEN: &str = "a+b/c=d&e f?#é~_.-%";

/// QrTool under a SharedToken provider, as in the app, with a fixed token.
#[component]
fn WithToken() -> Html {
    let shared = SharedToken {
        value: Some(AttrValue::Static(SPECIAL_TOKEN)),
        set: Callback::noop(),
    };
    html! {
        <ContextProvider<SharedToken> context={shared}>
            <QrTool />
        </ContextProvider<SharedToken>>
    }
}

/// The inline SVG inside the `qr` element, if there is one.
fn svg(root: &Element) -> Option<Element> {
    root.query_selector("[data-testid='qr'] > svg").unwrap()
}

#[wasm_bindgen_test]
async fn qr_tool_renders_an_svg_for_text() {
    let root = mount::<QrTool>().await;
    // Before any text: a prompt, not an error and not an empty box.
    assert!(find(&root, "qr-error").is_none());
    assert!(text_of(&root, "qr-empty").contains("no text"));
    assert!(svg(&root).is_none());

    type_into(&root, "qr-text", "hello").await;
    let code = svg(&root).expect("an <svg> inside the qr element");
    assert_eq!(code.get_attribute("viewBox").as_deref(), Some("0 0 29 29"));
    assert!(code.query_selector("path").unwrap().is_some());
    assert!(find(&root, "qr-error").is_none());
    let info = by_testid(&root, "qr-info");
    assert_eq!(info.get_attribute("data-version").as_deref(), Some("1"));
    assert!(info.text_content().unwrap().contains("Version 1"));

    // The default level is M.
    assert_eq!(value_of(&root, "qr-ec"), "M");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_text_is_encoded_exactly_without_trimming() {
    let root = mount::<QrTool>().await;
    // Two spaces, "x", a space and a newline: 5 bytes, all of them encoded.
    type_into(&root, "qr-text", "  x \n").await;
    assert!(svg(&root).is_some());
    assert!(
        text_of(&root, "qr-info").contains("5 bytes of text"),
        "{}",
        text_of(&root, "qr-info")
    );
    type_into(&root, "qr-text", "café – 東京 🔑").await;
    // c a f é(2) space –(3) space 東(3) 京(3) space 🔑(4) = 21 bytes.
    assert!(
        text_of(&root, "qr-info").contains("21 bytes of text"),
        "{}",
        text_of(&root, "qr-info")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn text_over_the_maximum_names_the_maximum_and_leaves_no_stale_code() {
    let root = mount::<QrTool>().await;
    type_into(&root, "qr-text", "hello").await;
    assert!(svg(&root).is_some());

    // Level M holds at most 2331 bytes; one more is too many.
    type_into(&root, "qr-text", &"a".repeat(2332)).await;
    let error = text_of(&root, "qr-error");
    assert!(error.contains("2331"), "the maximum is not named: {error}");
    assert!(error.contains("level M"), "{error}");
    assert!(svg(&root).is_none(), "a stale code is still shown");
    assert!(find(&root, "qr").is_none());
    assert!(by_testid(&root, "qr-download-svg").has_attribute("disabled"));
    assert!(by_testid(&root, "qr-download-png").has_attribute("disabled"));

    // The same text fits at L ...
    choose(&root, "qr-ec", "L").await;
    assert!(find(&root, "qr-error").is_none());
    assert_eq!(
        by_testid(&root, "qr-info")
            .get_attribute("data-version")
            .as_deref(),
        Some("36")
    );
    // ... and exactly the maximum at M fits too.
    choose(&root, "qr-ec", "M").await;
    assert!(find(&root, "qr-error").is_some());
    type_into(&root, "qr-text", &"a".repeat(2331)).await;
    assert!(find(&root, "qr-error").is_none());
    assert!(svg(&root).is_some());
    assert_eq!(
        by_testid(&root, "qr-info")
            .get_attribute("data-version")
            .as_deref(),
        Some("40")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn warnings_and_bad_options_are_shown() {
    let root = mount::<QrTool>().await;
    type_into(&root, "qr-text", "hello").await;
    assert!(find(&root, "qr-warning").is_none());

    type_into(&root, "qr-quiet-zone", "2").await;
    let w = by_testid(&root, "qr-warning");
    assert_eq!(
        w.get_attribute("data-warning").as_deref(),
        Some("quiet-zone")
    );
    assert!(
        svg(&root).is_some(),
        "a narrow quiet zone still gives a code"
    );

    type_into(&root, "qr-quiet-zone", "4").await;
    type_into(&root, "qr-dark", "#ffffff").await;
    type_into(&root, "qr-light", "#000000").await;
    let kinds: Vec<String> = {
        let list = root
            .query_selector_all("[data-testid='qr-warning']")
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("data-warning"))
            .collect()
    };
    assert!(kinds.iter().any(|k| k == "inverted"), "{kinds:?}");

    type_into(&root, "qr-light", "#eeeeee").await;
    assert!(root
        .query_selector("[data-warning='colours-too-close']")
        .unwrap()
        .is_some());

    // A field that is not a whole number gives a message, never a panic or a blank box.
    type_into(&root, "qr-size", "").await;
    assert!(text_of(&root, "qr-error").contains("size"));
    assert!(svg(&root).is_none());
    type_into(&root, "qr-size", "20000").await;
    assert!(text_of(&root, "qr-error").contains("10000"));
    type_into(&root, "qr-size", "300").await;
    assert_eq!(
        svg(&root).unwrap().get_attribute("width").as_deref(),
        Some("300")
    );
    type_into(&root, "qr-png-size", "5000").await;
    assert!(text_of(&root, "qr-png-size-error").contains("4096"));
    assert!(by_testid(&root, "qr-download-png").has_attribute("disabled"));
    type_into(&root, "qr-png-size", "300").await;
    assert_eq!(
        by_testid(&root, "qr-png-layout")
            .get_attribute("data-px")
            .as_deref(),
        Some("290")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn link_builder_url_encodes_a_token_with_special_characters() {
    let root = mount::<WithToken>().await;
    // Until a base is typed there is a hint, no link and nothing to encode.
    assert!(find(&root, "qr-link").is_none());
    assert!(find(&root, "link-error").is_none());
    assert!(by_testid(&root, "qr-use-link").has_attribute("disabled"));

    type_into(&root, "link-base", "https://example.com/reset?lang=en#top").await;
    let expected =
        "https://example.com/reset?lang=en&token=a%2Bb%2Fc%3Dd%26e%20f%3F%23%C3%A9~_.-%25#top";
    assert_eq!(text_of(&root, "qr-link"), expected);
    assert!(!by_testid(&root, "qr-link-copy").has_attribute("disabled"));

    click(&root, "qr-use-link").await;
    let text = value_of(&root, "qr-text");
    assert_eq!(text, expected);
    assert!(svg(&root).is_some());

    // Another parameter name, escaped the same way.
    type_into(&root, "link-param", "reset token").await;
    assert!(text_of(&root, "qr-link").contains("&reset%20token=a%2Bb"));

    // A base that is not a link says why.
    type_into(&root, "link-base", "example.com/reset").await;
    assert!(find(&root, "qr-link").is_none());
    assert!(text_of(&root, "link-error").contains("https://"));

    // "Use the current token" puts the token in exactly.
    click(&root, "qr-use-token").await;
    let text = value_of(&root, "qr-text");
    assert_eq!(text, SPECIAL_TOKEN);
    root.remove();
}

#[wasm_bindgen_test]
async fn without_a_token_the_token_buttons_are_disabled() {
    let root = mount::<QrTool>().await;
    assert!(by_testid(&root, "qr-use-token").has_attribute("disabled"));
    type_into(&root, "link-base", "https://example.com/verify").await;
    assert!(text_of(&root, "link-error").contains("generate a token"));
    assert!(by_testid(&root, "qr-use-link").has_attribute("disabled"));
    root.remove();
}
