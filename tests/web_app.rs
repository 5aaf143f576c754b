//! Browser tests: the app mounts, shows a token and regenerates on click.
#![cfg(target_arch = "wasm32")]

use clean_dm::components::app::App;
use wasm_bindgen_test::*;

mod web_support;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_shows_a_token_and_generate_makes_a_new_one() {
    let root = mount::<App>().await;

    let first = by_testid(&root, "token").text_content().unwrap();
    assert_eq!(
        first.len(),
        43,
        "256 bits in unpadded base64url is 43 characters: {first}"
    );
    assert!(is_base64url(&first), "not base64url: {first}");

    click(&root, "generate").await;
    let second = by_testid(&root, "token").text_content().unwrap();
    assert_eq!(second.len(), 43);
    assert_ne!(first, second);
    root.remove();
}

#[wasm_bindgen_test]
async fn tabs_switch_tools_and_unbuilt_tools_say_so() {
    let root = mount::<App>().await;
    for tab in ["tab-token", "tab-hash", "tab-qr", "tab-jwt"] {
        by_testid(&root, tab);
    }
    click(&root, "tab-jwt").await;
    assert_eq!(
        by_testid(&root, "tab-jwt")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        by_testid(&root, "tab-token")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("false")
    );
    let panel = |id: &str| {
        root.query_selector(&format!("#panel-{id}"))
            .unwrap()
            .unwrap()
    };
    assert!(!panel("jwt").has_attribute("hidden"));
    assert!(panel("jwt").text_content().unwrap().contains("Coming soon"));
    // The token tool stays mounted but hidden, so its token and settings survive the switch.
    assert!(panel("token").has_attribute("hidden"));
    let token_before = by_testid(&root, "token").text_content().unwrap();
    click(&root, "tab-token").await;
    assert!(!panel("token").has_attribute("hidden"));
    assert_eq!(
        by_testid(&root, "token").text_content().unwrap(),
        token_before
    );
    root.remove();
}
