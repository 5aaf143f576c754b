//! Batches: distinct tokens, the size limit, and export.

use std::collections::HashSet;

use clean_dm::core::token::export::{to_csv, to_json};
use clean_dm::core::token::{
    export, ExportFormat, Format, Length, Preset, TokenError, TokenSpec, MAX_COUNT,
};

#[test]
fn ten_thousand_distinct_tokens() {
    let mut s = TokenSpec::new(Preset::ApiKey);
    s.count = MAX_COUNT;
    let keys = s.generate_system(0).unwrap();
    assert_eq!(keys.len(), 10_000);
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 10_000);
}

#[test]
fn a_batch_that_takes_every_possible_token_redraws_duplicates() {
    // 4 decimal digits: exactly 10,000 possible tokens, all must come out.
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = Format::CustomAlphabet;
    s.custom_alphabet = "0123456789".into();
    s.length = Length::Chars(4);
    s.count = 10_000;
    let tokens = s.generate_system(0).unwrap();
    let set: HashSet<_> = tokens.iter().collect();
    assert_eq!(set.len(), 10_000);
    assert!(tokens.iter().all(|t| t.len() == 4));
    s.count = 10_001;
    assert_eq!(
        s.validate(),
        Err(TokenError::CountTooMany {
            requested: 10_001,
            max: 10_000
        })
    );
    s.length = Length::Chars(3);
    s.count = 1001;
    assert_eq!(
        s.validate(),
        Err(TokenError::BatchTooLarge {
            count: 1001,
            distinct: 1000
        })
    );
    s.count = 1000;
    assert_eq!(s.generate_system(0).unwrap().len(), 1000);
}

#[test]
fn tiny_hex_space() {
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = Format::Hex;
    s.length = Length::Chars(2);
    s.count = 256;
    let mut all = s.generate_system(0).unwrap();
    all.sort();
    let expect: Vec<String> = (0..=255u8).map(|b| format!("{b:02x}")).collect();
    assert_eq!(all, expect);
    s.count = 257;
    assert_eq!(
        s.validate(),
        Err(TokenError::BatchTooLarge {
            count: 257,
            distinct: 256
        })
    );
}

#[test]
fn exports() {
    let mut s = TokenSpec::new(Preset::Session);
    s.count = 3;
    let tokens = s.generate_system(0).unwrap();
    let fake_sha = |t: &str| format!("{:064x}", t.len());
    let txt = export(&tokens, ExportFormat::Text, None);
    assert_eq!(
        txt.lines().collect::<Vec<_>>(),
        tokens.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let csv = to_csv(&tokens, Some(&fake_sha));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "token,sha256");
    assert_eq!(lines.len(), 5); // header, 3 rows, empty after the final CRLF
    assert_eq!(lines[1], format!("{},{}", tokens[0], fake_sha(&tokens[0])));
    let json = to_json(&tokens, Some(&fake_sha));
    assert!(json.starts_with("[\n  {\"token\": \""));
    assert_eq!(json.matches("\"sha256\"").count(), 3);
    for t in &tokens {
        assert!(json.contains(&format!("\"token\": \"{t}\"")));
    }
}
