//! Copying text: the async Clipboard API where it exists, else the older
//! `document.execCommand("copy")` on a hidden textarea (non-secure contexts, old browsers).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; the error is a sentence the page can show.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("No browser window is available.")?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling into it would throw.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if has_clipboard {
        let promise = navigator.clipboard().write_text(text);
        if JsFuture::from(promise).await.is_ok() {
            return Ok(());
        }
    }
    copy_with_exec_command(text)
}

fn copy_with_exec_command(text: &str) -> Result<(), String> {
    let fail = |_| {
        "Copy failed: your browser blocked clipboard access. Select the text and copy it by hand."
            .to_string()
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document is available.")?;
    let body = document.body().ok_or("The page has no body.")?;
    let area: web_sys::HtmlTextAreaElement = document
        .create_element("textarea")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "Copy failed: could not create a text area.".to_string())?;
    area.set_value(text);
    area.set_attribute("readonly", "").map_err(fail)?;
    area.set_attribute("style", "position:fixed;top:-1000px;opacity:0")
        .map_err(fail)?;
    body.append_child(&area).map_err(fail)?;
    area.select();
    let html_doc: web_sys::HtmlDocument = document
        .dyn_into()
        .map_err(|_| "Copy failed: this document does not support copying.".to_string())?;
    let copied = html_doc.exec_command("copy").unwrap_or(false);
    area.remove();
    if copied {
        Ok(())
    } else {
        Err("Copy failed: your browser blocked clipboard access. Select the text and copy it by hand.".into())
    }
}
