//! Browser tests of the Token tool: every preset's token form, errors by the field
//! with Generate disabled, batches, Enter, the storage hash, remembered settings
//! (and never a token in storage), the API-key checker and the shared token.
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;

use clean_dm::components::shared_token::{use_shared_token_state, SharedToken};
use clean_dm::components::token_tool::TokenTool;
use clean_dm::core::hash::sha256_hex;
use clean_dm::core::token::check_key_message;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

mod web_support;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts a fresh Token tool with no remembered settings.
async fn mount_fresh() -> Element {
    local_storage().clear().unwrap();
    mount::<TokenTool>().await
}

fn all(root: &Element, id: &str) -> Vec<String> {
    let list = root
        .query_selector_all(&format!("[data-testid='{id}']"))
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap())
        .collect()
}

fn tokens(root: &Element) -> Vec<String> {
    all(root, "token")
}

fn first_token(root: &Element) -> String {
    tokens(root)
        .into_iter()
        .next()
        .expect("at least one token is shown")
}

fn generate_disabled(root: &Element) -> bool {
    by_testid(root, "generate").has_attribute("disabled")
}

fn error_text(root: &Element) -> Option<String> {
    find(root, "token-error").map(|e| e.text_content().unwrap())
}

fn is_base62(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn is_uuid(s: &str, version: char) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    lens == [8, 4, 4, 4, 12]
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
        && s.chars().nth(14) == Some(version)
        && matches!(s.chars().nth(19), Some('8' | '9' | 'a' | 'b'))
}

/// Checks `token` against what `preset` must make; returns the expected bits.
fn assert_form(preset: &str, t: &str) -> f64 {
    let b64 = |len: usize, bits: f64| {
        assert_eq!(t.len(), len, "{preset}: {t}");
        assert!(is_base64url(t), "{preset}: not base64url: {t}");
        bits
    };
    let b62 = |len: usize| {
        assert_eq!(t.len(), len, "{preset}: {t}");
        assert!(is_base62(t), "{preset}: not base62: {t}");
        len as f64 * 62f64.log2()
    };
    match preset {
        "api-key" => {
            assert!(t.starts_with("cdm_"), "{t}");
            assert_eq!(t.len(), 4 + 32 + 6, "{t}");
            assert!(is_base62(&t[4..]), "{t}");
            let (ok, msg) = check_key_message(t, "cdm_");
            assert!(ok, "checksum of {t}: {msg}");
            32.0 * 62f64.log2()
        }
        "session" | "refresh" | "jwt-hs256" | "custom" => b64(43, 256.0),
        "jwt-hs384" => b64(64, 384.0),
        "high-security" | "jwt-hs512" => b64(86, 512.0),
        "password-reset" => b62(32),
        "email-verification" => b62(24),
        "uuid-v4" => {
            assert!(is_uuid(t, '4'), "{t}");
            122.0
        }
        "uuid-v7" => {
            assert!(is_uuid(t, '7'), "{t}");
            // The first 48 bits are the time now, in milliseconds.
            let hex: String = t.replace('-', "")[..12].to_string();
            let ms = u64::from_str_radix(&hex, 16).unwrap() as f64;
            let now = js_sys::Date::now();
            assert!((ms - now).abs() < 60_000.0, "timestamp {ms} vs now {now}");
            74.0
        }
        other => panic!("unknown preset {other}"),
    }
}

const PRESETS: [&str; 12] = [
    "api-key",
    "session",
    "refresh",
    "password-reset",
    "email-verification",
    "high-security",
    "jwt-hs256",
    "jwt-hs384",
    "jwt-hs512",
    "uuid-v4",
    "uuid-v7",
    "custom",
];

#[wasm_bindgen_test]
async fn the_default_is_a_256_bit_base64url_session_token_with_its_hash() {
    let root = mount_fresh().await;
    assert_eq!(value_of(&root, "preset"), "session");
    assert_eq!(value_of(&root, "format"), "base64url");
    assert_eq!(value_of(&root, "length"), "43");
    let t = first_token(&root);
    assert_form("session", &t);
    assert_eq!(tokens(&root).len(), 1);
    assert_eq!(all(&root, "storage-hash"), vec![sha256_hex(&t)]);
    assert!(root
        .text_content()
        .unwrap()
        .contains("store this, not the token"));
    let entropy = by_testid(&root, "entropy");
    assert_eq!(entropy.get_attribute("data-bits").as_deref(), Some("256"));
    assert_eq!(
        entropy.get_attribute("data-verdict").as_deref(),
        Some("strong")
    );
    assert!(entropy
        .text_content()
        .unwrap()
        .contains("guesses per second"));
    assert!(find(&root, "token-error").is_none());
    assert!(!generate_disabled(&root));
    root.remove();
}

#[wasm_bindgen_test]
async fn every_preset_gives_a_token_of_the_right_form() {
    let root = mount_fresh().await;
    let options = root
        .query_selector_all("[data-testid='preset'] option")
        .unwrap();
    let offered: Vec<String> = (0..options.length())
        .map(|i| {
            options
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("value")
                .unwrap()
        })
        .collect();
    assert_eq!(offered, PRESETS);
    for preset in PRESETS {
        choose(&root, "preset", preset).await;
        assert_eq!(value_of(&root, "preset"), preset);
        let t = first_token(&root);
        let bits = assert_form(preset, &t);
        let shown: f64 = by_testid(&root, "entropy")
            .get_attribute("data-bits")
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (shown - bits).abs() < 0.11,
            "{preset}: entropy {shown}, expected {bits}"
        );
        assert_eq!(all(&root, "storage-hash"), vec![sha256_hex(&t)]);
        // The guide follows the preset.
        let guide = by_testid(&root, "preset-guide").text_content().unwrap();
        assert!(
            guide.contains("Lifetime") && guide.contains("Avoid"),
            "{preset}"
        );
        // Generate makes a different token of the same form.
        click(&root, "generate").await;
        let again = first_token(&root);
        assert_ne!(again, t, "{preset}");
        assert_form(preset, &again);
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn formats_and_options_apply_and_regenerate() {
    let root = mount_fresh().await;
    choose(&root, "preset", "custom").await;
    choose(&root, "format", "hex").await;
    let t = first_token(&root);
    assert_eq!(
        t.len(),
        44,
        "43 hex characters round up to 22 whole bytes: {t}"
    );
    assert!(t
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    click(&root, "uppercase-hex").await;
    let upper = first_token(&root);
    assert_ne!(upper, t);
    assert!(upper
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)));

    choose(&root, "format", "charset").await;
    click(&root, "class-upper").await;
    click(&root, "class-lower").await;
    type_into(&root, "length", "20").await;
    let digits = first_token(&root);
    assert_eq!(digits.len(), 20);
    assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{digits}");
    click(&root, "exclude-lookalikes").await;
    for _ in 0..5 {
        let t = first_token(&root);
        assert!(
            !t.contains('0') && !t.contains('1'),
            "look-alikes left in: {t}"
        );
        click(&root, "generate").await;
    }
    // Unticking every class is an error by the classes; ticking one back fixes it.
    click(&root, "class-digits").await;
    assert!(error_text(&root)
        .unwrap()
        .contains("at least one character class"));
    assert!(generate_disabled(&root));
    click(&root, "class-symbols").await;
    assert!(error_text(&root).is_none());
    assert!(first_token(&root).bytes().all(|b| b.is_ascii_punctuation()));
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_lengths_show_an_error_by_the_field_and_disable_generate() {
    let root = mount_fresh().await;
    type_into(&root, "count", "3").await;
    assert_eq!(tokens(&root).len(), 3);
    let before = tokens(&root);
    for (typed, says) in [
        ("0", "at least 1 character"),
        ("-5", "cannot be negative"),
        ("", "Enter a length"),
        ("5000", "at most 1024"),
        ("20", "32 to 64"),
    ] {
        type_into(&root, "length", typed).await;
        let msg = error_text(&root).unwrap_or_else(|| panic!("no error for length {typed:?}"));
        assert!(msg.contains(says), "length {typed:?}: {msg}");
        assert!(generate_disabled(&root), "length {typed:?}");
        // The error sits by the length field, and the input points at it.
        let field = by_testid(&root, "length").parent_element().unwrap();
        assert!(field
            .query_selector("[data-testid='token-error']")
            .unwrap()
            .is_some());
        assert_eq!(
            by_testid(&root, "length")
                .get_attribute("aria-invalid")
                .as_deref(),
            Some("true")
        );
        // Nothing else is lost: the other settings and the last tokens stay.
        assert_eq!(value_of(&root, "count"), "3");
        assert_eq!(value_of(&root, "preset"), "session");
        assert_eq!(tokens(&root), before);
        assert!(find(&root, "entropy").is_none());
    }
    type_into(&root, "length", "64").await;
    assert!(error_text(&root).is_none());
    assert!(!generate_disabled(&root));
    let now = tokens(&root);
    assert_eq!(now.len(), 3);
    assert!(now.iter().all(|t| t.len() == 64 && is_base64url(t)));

    type_into(&root, "count", "0").await;
    assert!(error_text(&root).unwrap().contains("at least 1 token"));
    assert!(generate_disabled(&root));
    type_into(&root, "count", "10001").await;
    assert!(error_text(&root).unwrap().contains("10000"));
    type_into(&root, "count", "2").await;
    assert!(error_text(&root).is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_custom_alphabets_show_an_error_and_disable_generate() {
    let root = mount_fresh().await;
    choose(&root, "preset", "custom").await;
    choose(&root, "format", "custom-alphabet").await;
    assert!(error_text(&root).unwrap().contains("empty"));
    assert!(generate_disabled(&root));
    for (typed, says) in [
        ("a", "only one character"),
        ("abca", "'a' more than once"),
        ("ab cd", "space"),
    ] {
        type_into(&root, "custom-alphabet", typed).await;
        let msg = error_text(&root).unwrap_or_else(|| panic!("no error for {typed:?}"));
        assert!(msg.contains(says), "{typed:?}: {msg}");
        assert!(generate_disabled(&root));
        let field = by_testid(&root, "custom-alphabet")
            .parent_element()
            .unwrap();
        assert!(field
            .query_selector("[data-testid='token-error']")
            .unwrap()
            .is_some());
        assert_eq!(value_of(&root, "length"), "43");
    }
    type_into(&root, "custom-alphabet", "abc").await;
    assert!(error_text(&root).is_none());
    assert!(!generate_disabled(&root));
    let t = first_token(&root);
    assert_eq!(t.len(), 43);
    assert!(t.chars().all(|c| "abc".contains(c)), "{t}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_count_of_three_gives_three_distinct_tokens_each_with_its_hash() {
    let root = mount_fresh().await;
    choose(&root, "preset", "api-key").await;
    type_into(&root, "count", "3").await;
    let ts = tokens(&root);
    assert_eq!(ts.len(), 3);
    assert_eq!(ts.iter().collect::<HashSet<_>>().len(), 3, "{ts:?}");
    for t in &ts {
        assert_form("api-key", t);
    }
    let hashes: Vec<String> = ts.iter().map(|t| sha256_hex(t)).collect();
    assert_eq!(all(&root, "storage-hash"), hashes);
    click(&root, "generate").await;
    let again = tokens(&root);
    assert_eq!(again.len(), 3);
    assert!(again.iter().all(|t| !ts.contains(t)));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_batch_of_ten_thousand_shows_the_first_hundred_and_says_so() {
    let root = mount_fresh().await;
    choose(&root, "preset", "uuid-v4").await;
    type_into(&root, "count", "10000").await;
    let ts = tokens(&root);
    assert_eq!(ts.len(), 100);
    assert_eq!(ts.iter().collect::<HashSet<_>>().len(), 100);
    assert!(ts.iter().all(|t| is_uuid(t, '4')));
    let note = by_testid(&root, "batch-note").text_content().unwrap();
    assert!(note.contains("first 100 of 10,000"), "{note}");
    root.remove();
}

#[wasm_bindgen_test]
async fn enter_in_a_field_generates() {
    let root = mount_fresh().await;
    for id in ["length", "count", "preset"] {
        let before = first_token(&root);
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        by_testid(&root, id).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
        let after = first_token(&root);
        assert_ne!(before, after, "Enter in {id}");
        assert_form("session", &after);
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn length_can_be_set_in_bits() {
    let root = mount_fresh().await;
    click(&root, "length-in-bits").await;
    assert_eq!(value_of(&root, "length"), "256");
    type_into(&root, "length", "384").await;
    let t = first_token(&root);
    assert_eq!(
        t.len(),
        64,
        "384 bits = 48 bytes = 64 base64url characters: {t}"
    );
    assert_eq!(
        by_testid(&root, "entropy")
            .get_attribute("data-bits")
            .as_deref(),
        Some("384")
    );
    type_into(&root, "length", "128").await;
    assert!(error_text(&root).unwrap().contains("32 to 64"));
    assert!(generate_disabled(&root));
    type_into(&root, "length", "384").await;
    click(&root, "length-in-bits").await;
    assert_eq!(value_of(&root, "length"), "64");
    assert!(error_text(&root).is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn weak_settings_warn_below_64_bits() {
    let root = mount_fresh().await;
    choose(&root, "preset", "custom").await;
    choose(&root, "format", "charset").await;
    click(&root, "class-upper").await;
    click(&root, "class-lower").await;
    type_into(&root, "length", "10").await;
    let entropy = by_testid(&root, "entropy");
    assert_eq!(entropy.get_attribute("data-bits").as_deref(), Some("33.2"));
    assert_eq!(
        entropy.get_attribute("data-verdict").as_deref(),
        Some("weak")
    );
    let warning = by_testid(&root, "entropy-warning").text_content().unwrap();
    assert!(warning.contains("64-bit minimum"), "{warning}");
    type_into(&root, "length", "20").await;
    assert!(find(&root, "entropy-warning").is_none());
    assert_eq!(
        by_testid(&root, "entropy")
            .get_attribute("data-verdict")
            .as_deref(),
        Some("acceptable")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_key_checker_accepts_a_generated_key_and_catches_a_typo() {
    let root = mount_fresh().await;
    assert!(find(&root, "key-check-input").is_none());
    choose(&root, "preset", "api-key").await;
    let key = first_token(&root);
    type_into(&root, "key-check-input", &key).await;
    let result = by_testid(&root, "key-check-result");
    assert_eq!(result.get_attribute("data-valid").as_deref(), Some("true"));
    assert!(result.text_content().unwrap().contains("Checksum OK"));
    let last = key.chars().last().unwrap();
    let typo = format!(
        "{}{}",
        &key[..key.len() - 1],
        if last == 'a' { 'b' } else { 'a' }
    );
    type_into(&root, "key-check-input", &typo).await;
    let result = by_testid(&root, "key-check-result");
    assert_eq!(result.get_attribute("data-valid").as_deref(), Some("false"));
    assert!(result
        .text_content()
        .unwrap()
        .contains("checksum does not match"));

    // A new prefix applies to new keys and to the checker.
    type_into(&root, "prefix", "acme_").await;
    let key = first_token(&root);
    assert!(key.starts_with("acme_"), "{key}");
    assert!(check_key_message(&key, "acme_").0);
    type_into(&root, "prefix", "9x").await;
    assert!(error_text(&root).unwrap().contains("start with a letter"));
    assert!(generate_disabled(&root));
    root.remove();
}

#[wasm_bindgen_test]
async fn settings_are_remembered_but_no_token_is_stored() {
    let root = mount_fresh().await;
    choose(&root, "preset", "api-key").await;
    type_into(&root, "count", "2").await;
    type_into(&root, "prefix", "acme_").await;
    let made = tokens(&root);
    assert_eq!(made.len(), 2);
    let storage = local_storage();
    let mut values = Vec::new();
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        values.push(storage.get_item(&key).unwrap().unwrap_or_default());
        values.push(key);
    }
    assert!(!values.is_empty(), "settings are remembered");
    for t in &made {
        let body = &t["acme_".len()..];
        assert!(
            values.iter().all(|v| !v.contains(body)),
            "a token reached localStorage"
        );
        assert!(!document().title().contains(body));
        assert!(!web_sys::window()
            .unwrap()
            .location()
            .href()
            .unwrap()
            .contains(body));
    }
    root.remove();

    // A new visit starts from the remembered settings, with new tokens.
    let root = mount::<TokenTool>().await;
    assert_eq!(value_of(&root, "preset"), "api-key");
    assert_eq!(value_of(&root, "count"), "2");
    assert_eq!(value_of(&root, "prefix"), "acme_");
    let fresh = tokens(&root);
    assert_eq!(fresh.len(), 2);
    assert!(fresh
        .iter()
        .all(|t| t.starts_with("acme_") && !made.contains(t)));
    root.remove();
    local_storage().clear().unwrap();
}

#[component]
fn SharedProbe() -> Html {
    let shared = use_shared_token_state();
    let value = shared.value.clone().unwrap_or_default();
    html! {
        <ContextProvider<SharedToken> context={shared}>
            <TokenTool />
            <output data-testid="shared">{ value }</output>
        </ContextProvider<SharedToken>>
    }
}

#[wasm_bindgen_test]
async fn the_first_token_is_shared_with_the_other_tools() {
    local_storage().clear().unwrap();
    let root = mount::<SharedProbe>().await;
    let shared = || by_testid(&root, "shared").text_content().unwrap();
    assert_eq!(shared(), first_token(&root));
    type_into(&root, "count", "4").await;
    assert_eq!(tokens(&root).len(), 4);
    assert_eq!(shared(), first_token(&root));
    click(&root, "generate").await;
    assert_eq!(shared(), first_token(&root));
    root.remove();
}

#[wasm_bindgen_test]
async fn settings_that_cannot_give_enough_distinct_tokens_say_so() {
    let root = mount_fresh().await;
    choose(&root, "preset", "custom").await;
    choose(&root, "format", "charset").await;
    click(&root, "class-upper").await;
    click(&root, "class-lower").await;
    type_into(&root, "length", "3").await;
    type_into(&root, "count", "1000").await;
    let ts = tokens(&root);
    assert_eq!(
        ts.len(),
        100,
        "the first 100 of all 1000 three-digit tokens"
    );
    assert!(by_testid(&root, "batch-note")
        .text_content()
        .unwrap()
        .contains("1,000"));
    type_into(&root, "count", "1001").await;
    let msg = error_text(&root).unwrap();
    assert!(msg.contains("only 1000 different tokens"), "{msg}");
    assert!(generate_disabled(&root));
    let field = by_testid(&root, "count").parent_element().unwrap();
    assert!(field
        .query_selector("[data-testid='token-error']")
        .unwrap()
        .is_some());

    // "At least one of each class" needs room for every chosen class.
    type_into(&root, "count", "1").await;
    click(&root, "class-upper").await;
    click(&root, "class-lower").await;
    click(&root, "class-symbols").await;
    click(&root, "require-each-class").await;
    let msg = error_text(&root).unwrap();
    assert!(
        msg.contains("cannot hold one character from each of the 4"),
        "{msg}"
    );
    type_into(&root, "length", "8").await;
    assert!(error_text(&root).is_none());
    for _ in 0..5 {
        let t = first_token(&root);
        assert!(t.bytes().any(|b| b.is_ascii_uppercase()), "{t}");
        assert!(t.bytes().any(|b| b.is_ascii_lowercase()), "{t}");
        assert!(t.bytes().any(|b| b.is_ascii_digit()), "{t}");
        assert!(t.bytes().any(|b| b.is_ascii_punctuation()), "{t}");
        click(&root, "generate").await;
    }
    root.remove();
}
