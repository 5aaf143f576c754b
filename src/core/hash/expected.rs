//! Reading a pasted expected checksum and comparing it with computed digests.
//!
//! Accepted shapes (surrounding whitespace ignored, algorithm names in any case
//! and spelling [`HashAlgorithm::from_name`] knows):
//! - a bare digest: hex in any case (optionally `0x`, optionally grouped with
//!   spaces, even across lines), or base64 / base64url, padded or not;
//! - a prefixed digest: `sha256:<digest>`, `SHA-256=<digest>`, `sha3-256: <digest>`,
//!   `SHA256 <digest>`;
//! - an SRI value: `sha256-<base64>`, `sha384-…`, `sha512-…`;
//! - a `sha256sum` line: `<hex>  file` or `<hex> *file` (and `\<hex>  escaped\nname`);
//! - a BSD / `--tag` / OpenSSL line: `SHA256 (file) = <hex>`, `SHA2-256(file)= <hex>`.
//!
//! Several lines (a whole `SHA256SUMS` file) are accepted when the file name is
//! given: the line for that file is used. Blank lines and `#` comments are skipped.

use super::algorithm::HashAlgorithm;
use super::encoding::{decode_base64_at, decode_hex_at, hex_lower, hex_upper, hex_value};
use super::error::HashError;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;

/// How the expected digest was written, so the computed one can be shown alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestStyle {
    HexLower,
    HexUpper,
    Base64 { url_safe: bool, padded: bool },
}

impl DigestStyle {
    /// Writes `bytes` in this style.
    pub fn format(self, bytes: &[u8]) -> String {
        match self {
            Self::HexLower => hex_lower(bytes),
            Self::HexUpper => hex_upper(bytes),
            Self::Base64 {
                url_safe: false,
                padded: true,
            } => STANDARD.encode(bytes),
            Self::Base64 {
                url_safe: false,
                padded: false,
            } => STANDARD_NO_PAD.encode(bytes),
            Self::Base64 {
                url_safe: true,
                padded: true,
            } => URL_SAFE.encode(bytes),
            Self::Base64 {
                url_safe: true,
                padded: false,
            } => URL_SAFE_NO_PAD.encode(bytes),
        }
    }
}

/// Which accepted shape the checksum had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecksumShape {
    /// Just the digest.
    Bare,
    /// `name:digest`, `name=digest` or `name digest`.
    Prefixed,
    /// Subresource Integrity: `sha384-<base64>`.
    Sri,
    /// `sha256sum` output: `<hex>  file` or `<hex> *file`.
    SumLine,
    /// BSD / `--tag` / OpenSSL output: `SHA256 (file) = <hex>`.
    Tagged,
}

/// A parsed expected checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedDigest {
    /// The digest bytes.
    pub bytes: Vec<u8>,
    /// How the digest was written.
    pub style: DigestStyle,
    pub shape: ChecksumShape,
    /// The algorithm name as written, if the checksum named one.
    pub algorithm_name: Option<String>,
    /// That name resolved, if it is an algorithm this page computes.
    pub algorithm: Option<HashAlgorithm>,
    /// The file name from a `sha256sum` or BSD-style line.
    pub file_name: Option<String>,
}

impl ExpectedDigest {
    /// Parses one checksum (one line; a hex digest may be grouped over several).
    /// Error positions count characters in `text` from 1.
    pub fn parse(text: &str) -> Result<Self, HashError> {
        parse_expected(text, None)?
            .into_iter()
            .next()
            .ok_or(HashError::EmptyChecksum)
    }
}

/// Parses pasted checksum text. Returns one digest, or with several lines and a
/// `file_name`, every line for that file (one per algorithm, usually one).
pub fn parse_expected(
    text: &str,
    file_name: Option<&str>,
) -> Result<Vec<ExpectedDigest>, HashError> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    match lines.as_slice() {
        [] => Err(HashError::EmptyChecksum),
        [line] => Ok(vec![parse_line(text, line)?]),
        _ if is_wrapped_hex(&lines) => {
            // One hex digest wrapped over several lines.
            let digest = text.trim();
            Ok(vec![bare(text, digest, digest, ChecksumShape::Bare)?])
        }
        _ => {
            let Some(file) = file_name else {
                return Err(HashError::ChecksumTooManyLines(lines.len()));
            };
            let found: Vec<ExpectedDigest> = lines
                .iter()
                .filter_map(|line| parse_line(text, line).ok())
                .filter(|d| d.file_name.as_deref().is_some_and(|n| same_file(n, file)))
                .collect();
            if found.is_empty() {
                Err(HashError::ChecksumNoLineForFile {
                    file: file.to_string(),
                    lines: lines.len(),
                })
            } else {
                Ok(found)
            }
        }
    }
}

/// Several lines of hex that only together make a digest: one digest wrapped.
/// (Lines that are each a whole digest are separate checksums, not a wrap.)
fn is_wrapped_hex(lines: &[&str]) -> bool {
    let fits =
        |digits: usize| digits % 2 == 0 && !HashAlgorithm::with_digest_len(digits / 2).is_empty();
    let digits = |l: &&str| l.chars().filter(|c| !c.is_whitespace()).count();
    lines.iter().all(|l| {
        l.chars()
            .all(|c| c.is_whitespace() || hex_value(c).is_some())
    }) && fits(lines.iter().map(digits).sum())
        && !lines.iter().all(|l| fits(digits(l)))
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn same_file(listed: &str, file: &str) -> bool {
    listed == file || base_name(listed) == base_name(file)
}

/// 0-based character index of `part` (a slice of `whole`) within `whole`.
fn char_offset(whole: &str, part: &str) -> usize {
    let start = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    whole
        .get(..start)
        .map_or(0, |before| before.chars().count())
}

fn is_name_like(s: &str) -> bool {
    s.len() <= 24
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'))
}

fn named(
    whole: &str,
    line: &str,
    name: &str,
    digest: &str,
    shape: ChecksumShape,
    file_name: Option<String>,
) -> Result<ExpectedDigest, HashError> {
    if digest.is_empty() {
        return Err(HashError::ChecksumMissingDigest(name.to_string()));
    }
    let mut d = bare(whole, line, digest, shape)?;
    d.algorithm_name = Some(name.to_string());
    d.algorithm = HashAlgorithm::from_name(name);
    d.file_name = file_name.filter(|f| !f.is_empty());
    Ok(d)
}

fn parse_line(whole: &str, line: &str) -> Result<ExpectedDigest, HashError> {
    // BSD / --tag / OpenSSL: NAME (file) = digest
    if let (Some(open), Some(close)) = (line.find('('), line.rfind(')')) {
        let name = line[..open].trim();
        let after = line[close + 1..].trim_start();
        if open < close && is_name_like(name) {
            if let Some(digest) = after.strip_prefix('=') {
                let file = line[open + 1..close].to_string();
                return named(
                    whole,
                    line,
                    name,
                    digest.trim(),
                    ChecksumShape::Tagged,
                    Some(file),
                );
            }
        }
    }
    // name:digest
    if let Some(i) = line.find(':') {
        let name = line[..i].trim();
        if is_name_like(name) {
            return named(
                whole,
                line,
                name,
                line[i + 1..].trim(),
                ChecksumShape::Prefixed,
                None,
            );
        }
    }
    // name=digest (base64 only has '=' at its end, so this cannot split a digest)
    if let Some(i) = line.find('=') {
        let name = line[..i].trim();
        let rest = line[i + 1..].trim();
        let known = HashAlgorithm::from_name(name).is_some();
        if is_name_like(name) && (known || !rest.trim_start_matches('=').is_empty()) {
            return named(whole, line, name, rest, ChecksumShape::Prefixed, None);
        }
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    // SRI: sha256-<base64>
    if tokens.len() == 1 {
        let lower = line.get(..7).map(str::to_ascii_lowercase);
        if let Some("sha256-" | "sha384-" | "sha512-") = lower.as_deref() {
            if line.len() > 7 {
                let name = &line[..6];
                return named(whole, line, name, &line[7..], ChecksumShape::Sri, None);
            }
        }
        return bare(whole, line, line, ChecksumShape::Bare);
    }
    // NAME digest
    if let [name, digest] = tokens.as_slice() {
        if HashAlgorithm::from_name(name).is_some() {
            return named(whole, line, name, digest, ChecksumShape::Prefixed, None);
        }
    }
    // Hex grouped by spaces: "e3b0c442 98fc1c14 ..."
    let all_hex = |t: &&str| t.chars().all(|c| hex_value(c).is_some());
    if tokens.iter().all(all_hex) {
        let total: usize = tokens.iter().map(|t| t.len()).sum();
        let fits = |digits: usize| {
            digits % 2 == 0 && !HashAlgorithm::with_digest_len(digits / 2).is_empty()
        };
        if fits(total) && !tokens.first().is_some_and(|t| fits(t.len())) {
            return bare(whole, line, line, ChecksumShape::Bare);
        }
    }
    // sha256sum: <digest> <space or *><file>; a leading '\' means the name is escaped.
    let Some(&first) = tokens.first() else {
        return Err(HashError::EmptyChecksum);
    };
    let rest = line[first.len()..].trim_start();
    let file = rest.strip_prefix('*').unwrap_or(rest);
    let (digest, file) = match first.strip_prefix('\\') {
        Some(digest) => (digest, unescape(file)),
        None => (first, file.to_string()),
    };
    let mut d = bare(whole, line, digest, ChecksumShape::SumLine)?;
    d.file_name = Some(file).filter(|f| !f.is_empty());
    Ok(d)
}

/// At most 40 characters of `text`, for quoting in a message.
fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn unescape(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut chars = name.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Fewer characters than this cannot be any supported digest (SHA-1 in unpadded base64 is 27).
const SHORTEST_DIGEST_TEXT: usize = 27;

/// Decodes a digest written in hex or base64. `digest` is a slice of `whole`,
/// within `line` (quoted when the text is no checksum at all).
fn bare(
    whole: &str,
    line: &str,
    digest: &str,
    shape: ChecksumShape,
) -> Result<ExpectedDigest, HashError> {
    let offset = char_offset(whole, digest);
    let (body, body_offset) = match digest
        .strip_prefix("0x")
        .or_else(|| digest.strip_prefix("0X"))
    {
        Some(rest) if rest.chars().all(|c| hex_value(c).is_some()) => (rest, offset + 2),
        _ => (digest, offset),
    };
    let significant: Vec<char> = body.chars().filter(|c| !c.is_whitespace()).collect();
    let wrap = |e| {
        if significant.len() < SHORTEST_DIGEST_TEXT {
            HashError::ChecksumUnrecognized(shorten(line))
        } else {
            HashError::ChecksumDigest(Box::new(e))
        }
    };
    let hex_digits = significant
        .iter()
        .filter(|&&c| hex_value(c).is_some())
        .count();
    let base64_marks = significant
        .iter()
        .any(|c| matches!(c, '+' | '/' | '-' | '_' | '='));
    // Mostly hex with a typo is reported as a hex error, not decoded as base64.
    let hexish = hex_digits == significant.len()
        || (!base64_marks && hex_digits * 5 >= significant.len() * 4);
    let (bytes, style) = if hexish {
        let bytes = decode_hex_at(body, body_offset).map_err(wrap)?;
        let upper = body.chars().any(|c| c.is_ascii_uppercase());
        let lower = body.chars().any(|c| c.is_ascii_lowercase());
        let style = if upper && !lower {
            DigestStyle::HexUpper
        } else {
            DigestStyle::HexLower
        };
        (bytes, style)
    } else {
        let bytes = decode_base64_at(body, body_offset).map_err(wrap)?;
        let style = DigestStyle::Base64 {
            url_safe: body.contains(['-', '_']),
            padded: body.contains('='),
        };
        (bytes, style)
    };
    Ok(ExpectedDigest {
        bytes,
        style,
        shape,
        algorithm_name: None,
        algorithm: None,
        file_name: None,
    })
}

/// The outcome of checking an expected checksum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChecksumVerdict {
    /// The digest of `algorithm` equals the expected one (`digest` in the pasted style).
    Match {
        algorithm: HashAlgorithm,
        digest: String,
    },
    /// Same length, different bytes. Both written in the pasted style.
    /// `also_checked`: other computed algorithms of that length, which did not match either.
    Mismatch {
        algorithm: HashAlgorithm,
        expected: String,
        actual: String,
        also_checked: Vec<HashAlgorithm>,
    },
    /// No checked algorithm has digests of `expected_len` bytes;
    /// `same_length` lists the algorithms that do.
    WrongLength {
        expected_len: usize,
        checked: Vec<HashAlgorithm>,
        same_length: Vec<HashAlgorithm>,
    },
    /// The checksum names an algorithm (as written: `named`) that was not computed;
    /// `named_algorithm` is `None` if the page does not offer it at all (e.g. MD5).
    AlgorithmMismatch {
        named: String,
        named_algorithm: Option<HashAlgorithm>,
        checked: Vec<HashAlgorithm>,
    },
    /// The text could not be read as a checksum; the error says why.
    Unparseable(HashError),
}

fn join_labels(algs: &[HashAlgorithm], with_len: bool) -> String {
    let parts: Vec<String> = algs
        .iter()
        .map(|a| {
            if with_len {
                format!("{} ({} bytes)", a.label(), a.digest_len())
            } else {
                a.label().to_string()
            }
        })
        .collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

impl ChecksumVerdict {
    pub fn is_match(&self) -> bool {
        matches!(self, Self::Match { .. })
    }

    /// Stable id for a `data-state` attribute: `match`, `mismatch`,
    /// `wrong-length`, `algorithm-mismatch`, `unparseable`.
    pub fn state_id(&self) -> &'static str {
        match self {
            Self::Match { .. } => "match",
            Self::Mismatch { .. } => "mismatch",
            Self::WrongLength { .. } => "wrong-length",
            Self::AlgorithmMismatch { .. } => "algorithm-mismatch",
            Self::Unparseable(_) => "unparseable",
        }
    }

    /// A sentence for the page.
    pub fn message(&self) -> String {
        match self {
            Self::Match { algorithm, .. } => {
                format!(
                    "Match: the {} digest equals the expected checksum.",
                    algorithm.label()
                )
            }
            Self::Mismatch {
                algorithm,
                expected,
                actual,
                also_checked,
            } => {
                let mut s = format!(
                    "Does NOT match. Expected {expected}, but the {} digest is {actual}.",
                    algorithm.label()
                );
                if !also_checked.is_empty() {
                    s.push_str(&format!(
                        " It does not match the {} digest either.",
                        join_labels(also_checked, false)
                    ));
                }
                s
            }
            Self::WrongLength {
                expected_len,
                checked,
                same_length,
            } => {
                let mut s = format!(
                    "The expected checksum is {expected_len} bytes ({} hex digits), ",
                    expected_len * 2
                );
                match checked.as_slice() {
                    [] => s.push_str("but nothing was hashed to compare it with."),
                    [one] => s.push_str(&format!(
                        "but {} digests are {} bytes ({} hex digits).",
                        one.label(),
                        one.digest_len(),
                        one.digest_len() * 2
                    )),
                    many => s.push_str(&format!(
                        "but the computed digests are {}.",
                        join_labels(many, true)
                    )),
                }
                if same_length.is_empty() {
                    s.push_str(" No supported algorithm makes digests of that length; check that the whole checksum was copied.");
                } else {
                    s.push_str(&format!(
                        " That length fits {}; select it and hash again.",
                        join_labels(same_length, false).replace(" and ", " or ")
                    ));
                }
                s
            }
            Self::AlgorithmMismatch {
                named,
                named_algorithm,
                checked,
            } => {
                let computed = if checked.len() == 1 {
                    format!("{} was selected", join_labels(checked, false))
                } else {
                    format!("only {} were computed", join_labels(checked, false))
                };
                match named_algorithm {
                    Some(alg) => format!(
                        "The checksum is labelled {}, but {computed}; select {} to check it.",
                        alg.label(),
                        alg.label()
                    ),
                    None => format!(
                        "The checksum is labelled {named:?}, which this page does not compute (it offers SHA-1, SHA-2 and SHA-3); {computed}."
                    ),
                }
            }
            Self::Unparseable(e) => e.to_string(),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Self::Match { .. } => 4,
            Self::Mismatch { .. } => 3,
            Self::WrongLength { .. } => 2,
            Self::AlgorithmMismatch { .. } => 1,
            Self::Unparseable(_) => 0,
        }
    }
}

/// Compares without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl ExpectedDigest {
    /// Compares with computed digests (one or several algorithms of one pass).
    /// A named algorithm is checked against that algorithm's digest only;
    /// an unnamed digest against every computed digest of the same length.
    pub fn compare<B: AsRef<[u8]>>(&self, results: &[(HashAlgorithm, B)]) -> ChecksumVerdict {
        let checked: Vec<HashAlgorithm> = results.iter().map(|(a, _)| *a).collect();
        let len = self.bytes.len();
        let candidates: Vec<(HashAlgorithm, &[u8])> = match (&self.algorithm_name, self.algorithm) {
            (Some(named), alg) => {
                let Some((a, d)) = results.iter().find(|(a, _)| Some(*a) == alg) else {
                    return ChecksumVerdict::AlgorithmMismatch {
                        named: named.clone(),
                        named_algorithm: alg,
                        checked,
                    };
                };
                if a.digest_len() != len {
                    return ChecksumVerdict::WrongLength {
                        expected_len: len,
                        checked: vec![*a],
                        same_length: HashAlgorithm::with_digest_len(len),
                    };
                }
                vec![(*a, d.as_ref())]
            }
            (None, _) => results
                .iter()
                .filter(|(a, _)| a.digest_len() == len)
                .map(|(a, d)| (*a, d.as_ref()))
                .collect(),
        };
        let Some(&(first, first_digest)) = candidates.first() else {
            return ChecksumVerdict::WrongLength {
                expected_len: len,
                checked,
                same_length: HashAlgorithm::with_digest_len(len),
            };
        };
        if let Some(&(algorithm, digest)) = candidates
            .iter()
            .find(|(_, d)| constant_time_eq(d, &self.bytes))
        {
            return ChecksumVerdict::Match {
                algorithm,
                digest: self.style.format(digest),
            };
        }
        ChecksumVerdict::Mismatch {
            algorithm: first,
            expected: self.style.format(&self.bytes),
            actual: self.style.format(first_digest),
            also_checked: candidates[1..].iter().map(|(a, _)| *a).collect(),
        }
    }
}

/// Parses pasted checksum text and checks it against computed digests.
/// `file_name` picks the right line when several are pasted.
pub fn check_expected<B: AsRef<[u8]>>(
    text: &str,
    file_name: Option<&str>,
    results: &[(HashAlgorithm, B)],
) -> ChecksumVerdict {
    match parse_expected(text, file_name) {
        Err(e) => ChecksumVerdict::Unparseable(e),
        Ok(found) => found
            .iter()
            .map(|d| d.compare(results))
            .reduce(|best, v| if v.rank() > best.rank() { v } else { best })
            .unwrap_or(ChecksumVerdict::Unparseable(HashError::EmptyChecksum)),
    }
}

/// Checks pasted checksum text against one digest of the `selected` algorithm.
pub fn check_digest(text: &str, selected: HashAlgorithm, actual: &[u8]) -> ChecksumVerdict {
    check_expected(text, None, &[(selected, actual)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters() {
        let whole = "é sha256:xyz";
        let part = &whole[whole.find('x').unwrap()..];
        assert_eq!(char_offset(whole, part), 9);
    }

    #[test]
    fn unescape_names() {
        assert_eq!(unescape(r"a\nb\\c"), "a\nb\\c");
    }

    #[test]
    fn name_like() {
        assert!(is_name_like("SHA-256"));
        assert!(is_name_like("sha512/256"));
        assert!(!is_name_like("e3b0  file"));
        assert!(!is_name_like(""));
        assert!(!is_name_like("0abc"));
    }
}
