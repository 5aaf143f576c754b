//! Small DOM helpers.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A file dropped anywhere outside a drop zone would make the browser open it in place of
/// the page, losing every setting and result. Drop zones handle their own events (and stop
/// them there); this swallows the rest once, for the whole window.
pub fn guard_against_stray_file_drops() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let swallow = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    for event in ["dragover", "drop"] {
        let _ = window.add_event_listener_with_callback(event, swallow.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    swallow.forget();
}

/// A `change` handler for a `<select>` whose option values are ids: reads the chosen id,
/// parses it with `parse` and emits the item. An id `parse` does not know is ignored
/// (the options come from the same ids, so that only happens if the page is tampered with).
pub fn on_select<T: 'static>(
    parse: impl Fn(&str) -> Option<T> + 'static,
    emit: yew::Callback<T>,
) -> yew::Callback<web_sys::Event> {
    yew::Callback::from(move |e: web_sys::Event| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value());
        if let Some(item) = id.as_deref().and_then(&parse) {
            emit.emit(item);
        }
    })
}
