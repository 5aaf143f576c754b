//! Saving generated files (token batches, QR codes) without any server: a Blob, an
//! object URL and a temporary `<a download>`.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `bytes` to the user as a file named `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str| {
        format!("The download could not start ({what}). Try again, or copy the text instead.")
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail("could not make the file"))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("no object URL"))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("no link element"))?
        .dyn_into()
        .map_err(|_: web_sys::Element| fail("no link element"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor
        .set_attribute("hidden", "")
        .map_err(|_: JsValue| fail("hidden link"))?;
    let body = document.body().ok_or_else(|| fail("no body"))?;
    body.append_child(&anchor)
        .map_err(|_| fail("could not attach the link"))?;
    anchor.click();
    anchor.remove();
    // The click has already handed the Blob to the download; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Offers text as a UTF-8 file.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_bytes(file_name, mime, text.as_bytes())
}
