//! Browser tests: the app mounts, shows a token and regenerates on click.
#![cfg(target_arch = "wasm32")]

use clean_dm::components::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = gloo_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn by_testid(root: &Element, id: &str) -> Element {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
}

fn is_base64url(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[wasm_bindgen_test]
async fn app_shows_a_token_and_generate_makes_a_new_one() {
    let root = mount();
    yew::scheduler::flush().await;

    let first = by_testid(&root, "token").text_content().unwrap();
    assert_eq!(
        first.len(),
        43,
        "256 bits in unpadded base64url is 43 characters: {first}"
    );
    assert!(is_base64url(&first), "not base64url: {first}");

    by_testid(&root, "generate")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    let second = by_testid(&root, "token").text_content().unwrap();
    assert_eq!(second.len(), 43);
    assert_ne!(first, second);
    root.remove();
}

#[wasm_bindgen_test]
async fn tabs_switch_tools_and_unbuilt_tools_say_so() {
    let root = mount();
    yew::scheduler::flush().await;
    for tab in ["tab-token", "tab-hash", "tab-qr", "tab-jwt"] {
        by_testid(&root, tab);
    }
    by_testid(&root, "tab-jwt")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
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
    by_testid(&root, "tab-token")
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert!(!panel("token").has_attribute("hidden"));
    assert_eq!(
        by_testid(&root, "token").text_content().unwrap(),
        token_before
    );
    root.remove();
}
