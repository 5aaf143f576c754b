//! Batch downloads: plain text, CSV and JSON.
//!
//! The SHA-256 storage hash is made elsewhere (the hash module); pass a
//! function from token to hex digest to include it. Tokens are written exactly
//! as generated, never altered.

/// The three download formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One token per line.
    Text,
    /// RFC 4180: header, CRLF line ends, fields quoted when needed.
    Csv,
    /// An array of objects `{"token": ..., "sha256": ...}`.
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [ExportFormat::Text, ExportFormat::Csv, ExportFormat::Json];

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Text => "txt",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    /// MIME type for the download's Blob.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Text => "text/plain;charset=utf-8",
            ExportFormat::Csv => "text/csv;charset=utf-8",
            ExportFormat::Json => "application/json",
        }
    }

    /// File name for the download, e.g. `tokens.csv`.
    pub fn file_name(self) -> String {
        format!("tokens.{}", self.extension())
    }

    /// The download button's `data-testid`.
    pub fn test_id(self) -> &'static str {
        match self {
            ExportFormat::Text => "download-txt",
            ExportFormat::Csv => "download-csv",
            ExportFormat::Json => "download-json",
        }
    }
}

/// The file's contents. `sha256` (token -> hex digest), when given, adds a
/// `sha256` column (CSV) or field (JSON); plain text has tokens only.
pub fn export(
    tokens: &[String],
    format: ExportFormat,
    sha256: Option<&dyn Fn(&str) -> String>,
) -> String {
    match format {
        ExportFormat::Text => to_text(tokens),
        ExportFormat::Csv => to_csv(tokens, sha256),
        ExportFormat::Json => to_json(tokens, sha256),
    }
}

/// One token per line, each line ending in `\n`.
pub fn to_text(tokens: &[String]) -> String {
    let mut out = String::with_capacity(tokens.iter().map(|t| t.len() + 1).sum());
    for t in tokens {
        out.push_str(t);
        out.push('\n');
    }
    out
}

/// CSV with a header line (`token` or `token,sha256`) and CRLF line ends.
pub fn to_csv(tokens: &[String], sha256: Option<&dyn Fn(&str) -> String>) -> String {
    let mut out = String::new();
    out.push_str(if sha256.is_some() {
        "token,sha256\r\n"
    } else {
        "token\r\n"
    });
    for t in tokens {
        out.push_str(&csv_field(t));
        if let Some(h) = sha256 {
            out.push(',');
            out.push_str(&csv_field(&h(t)));
        }
        out.push_str("\r\n");
    }
    out
}

/// A CSV field, quoted when it holds a comma, quote, line break, or leading
/// or trailing whitespace; quotes inside are doubled.
pub fn csv_field(s: &str) -> String {
    let needs = s.contains([',', '"', '\r', '\n'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace);
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A JSON array with one object per token, one object per line.
pub fn to_json(tokens: &[String], sha256: Option<&dyn Fn(&str) -> String>) -> String {
    if tokens.is_empty() {
        return "[]\n".to_string();
    }
    let mut out = String::from("[\n");
    for (i, t) in tokens.iter().enumerate() {
        out.push_str("  {\"token\": ");
        out.push_str(&json_string(t));
        if let Some(h) = sha256 {
            out.push_str(", \"sha256\": ");
            out.push_str(&json_string(&h(t)));
        }
        out.push('}');
        if i + 1 < tokens.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]\n");
    out
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn text_is_one_per_line() {
        assert_eq!(to_text(&toks(&["a", "b"])), "a\nb\n");
        assert_eq!(to_text(&[]), "");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let t = toks(&["plain", "a,b", "say \"hi\"", " lead", "x\ny"]);
        assert_eq!(
            to_csv(&t, None),
            "token\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\" lead\"\r\n\"x\ny\"\r\n"
        );
        let h = |s: &str| format!("h{}", s.len());
        assert_eq!(
            to_csv(&toks(&["ab"]), Some(&h)),
            "token,sha256\r\nab,h2\r\n"
        );
        // Symbols that spreadsheets treat as formulas are kept as they are.
        assert_eq!(csv_field("=1+2"), "=1+2");
    }

    #[test]
    fn json_escapes_and_includes_the_hash() {
        let h = |s: &str| format!("h-{s}");
        assert_eq!(
            to_json(&toks(&["a\"b", "c\\d"]), Some(&h)),
            "[\n  {\"token\": \"a\\\"b\", \"sha256\": \"h-a\\\"b\"},\n  {\"token\": \"c\\\\d\", \"sha256\": \"h-c\\\\d\"}\n]\n"
        );
        assert_eq!(to_json(&toks(&["x"]), None), "[\n  {\"token\": \"x\"}\n]\n");
        assert_eq!(to_json(&[], None), "[]\n");
        assert_eq!(json_string("\u{1}é"), "\"\\u0001é\"");
    }

    #[test]
    fn file_names_and_types() {
        assert_eq!(ExportFormat::Csv.file_name(), "tokens.csv");
        assert_eq!(ExportFormat::Json.mime(), "application/json");
        assert_eq!(export(&toks(&["a"]), ExportFormat::Text, None), "a\n");
        assert_eq!(ExportFormat::Text.test_id(), "download-txt");
    }
}
