//! A link that carries a token: base URL + `?name=token`, the token percent-encoded.
//!
//! The name and the token are encoded as a URI query component per RFC 3986: every byte of
//! their UTF-8 except the unreserved characters `A-Z a-z 0-9 - . _ ~` becomes `%XX` (upper
//! case hex). So `+`, `&`, `=`, `/`, space and non-ASCII can never change the meaning of
//! the link. The parameter goes after any existing query and before any `#fragment`.
//!
//! The base URL is trimmed of surrounding white space (as browsers do when you paste a URL)
//! but otherwise kept as written.

use super::error::QrError;

/// Query parameter name used when the user has not chosen one.
pub const DEFAULT_LINK_PARAM: &str = "token";

/// Percent-encodes `s` for use as a URI component: everything except unreserved characters.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// Checks that `base` is an absolute http(s) URL with a host; returns it trimmed.
pub fn validate_base(base: &str) -> Result<&str, QrError> {
    let base = base.trim();
    if base.is_empty() {
        return Err(QrError::LinkBaseEmpty);
    }
    let lower_prefix: String = base
        .chars()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    let rest = if lower_prefix.starts_with("https://") {
        &base[8..]
    } else if lower_prefix.starts_with("http://") {
        &base[7..]
    } else {
        return Err(QrError::LinkBaseScheme);
    };
    if base.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(QrError::LinkBaseWhitespace);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = if let Some(v6) = host_port.strip_prefix('[') {
        let Some((inside, after)) = v6.split_once(']') else {
            return Err(QrError::LinkBaseHost);
        };
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return Err(QrError::LinkBaseHost);
        }
        match after.strip_prefix(':') {
            Some(port) => (inside, Some(port)),
            None if after.is_empty() => (inside, None),
            None => return Err(QrError::LinkBaseHost),
        }
    } else {
        match host_port.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        }
    };
    let host_ok = !host.is_empty()
        && host.chars().all(|c| {
            !c.is_ascii()
                || c.is_ascii_alphanumeric()
                || "-._~%!$&'()*+,;=".contains(c)
                || (c == ':' && host_port.starts_with('['))
        });
    if !host_ok {
        return Err(QrError::LinkBaseHost);
    }
    if let Some(port) = port {
        // An empty port ("example.com:") is allowed by RFC 3986 and means the default.
        let valid = port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().map_or(port.is_empty(), |p| p <= 65_535);
        if !valid {
            return Err(QrError::LinkBasePort);
        }
    }
    Ok(base)
}

/// Builds `base` + `?param=token` (or `&param=token` when `base` already has a query),
/// inserted before any `#fragment`, with `param` (trimmed) and `token` (as given)
/// percent-encoded.
pub fn build_link(base: &str, param: &str, token: &str) -> Result<String, QrError> {
    let base = validate_base(base)?;
    let param = param.trim();
    if param.is_empty() {
        return Err(QrError::LinkParamEmpty);
    }
    if token.is_empty() {
        return Err(QrError::LinkTokenEmpty);
    }
    let (before, fragment) = match base.find('#') {
        Some(i) => base.split_at(i),
        None => (base, ""),
    };
    let sep = match before.find('?') {
        None => "?",
        Some(_) if before.ends_with('?') || before.ends_with('&') => "",
        Some(_) => "&",
    };
    Ok(format!(
        "{before}{sep}{}={}{fragment}",
        percent_encode(param),
        percent_encode(token)
    ))
}
