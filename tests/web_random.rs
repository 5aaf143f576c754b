//! Browser tests: randomness really comes from the browser's `crypto.getRandomValues`.
#![cfg(target_arch = "wasm32")]

use clean_dm::core::random::{ByteSource, SystemRandom};
use clean_dm::core::token::generate_default;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Replaces `crypto.getRandomValues` with a spy that fills every buffer with `fill`
/// and counts its calls; returns a function that restores the original.
fn install_spy(fill: u8) -> js_sys::Function {
    let body = format!(
        "const c = globalThis.crypto; const orig = c.getRandomValues;
         globalThis.__cdmCalls = 0; globalThis.__cdmMax = 0;
         c.getRandomValues = function (a) {{
           globalThis.__cdmCalls++; globalThis.__cdmMax = Math.max(globalThis.__cdmMax, a.length);
           a.fill({fill}); return a; }};
         return function () {{ c.getRandomValues = orig; }};"
    );
    js_sys::Function::new_no_args(&body)
        .call0(&JsValue::NULL)
        .expect("spy installs")
        .into()
}

fn global_number(name: &str) -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
fn system_random_reads_crypto_get_random_values_in_chunks() {
    let restore = install_spy(0x2a);
    let mut buf = vec![0u8; 200_000];
    let result = SystemRandom.fill(&mut buf);
    restore.call0(&JsValue::NULL).unwrap();
    result.unwrap();
    assert!(
        buf.iter().all(|&b| b == 0x2a),
        "bytes did not come from getRandomValues"
    );
    // 200,000 bytes need at least four calls of at most 65,536 bytes each.
    assert_eq!(global_number("__cdmCalls"), 4.0);
    assert!(global_number("__cdmMax") <= 65_536.0);
}

#[wasm_bindgen_test]
fn default_token_comes_from_the_browser_and_two_draws_differ() {
    let restore = install_spy(0);
    let spied = generate_default(&mut SystemRandom);
    restore.call0(&JsValue::NULL).unwrap();
    // All-zero bytes encode to all 'A': the token really is drawn through the spy.
    assert_eq!(spied.unwrap(), "A".repeat(43));

    let a = generate_default(&mut SystemRandom).unwrap();
    let b = generate_default(&mut SystemRandom).unwrap();
    assert_eq!(a.len(), 43);
    assert_ne!(a, b);
}
