//! DOM helpers shared by the wasm-bindgen browser tests (`tests/web_*.rs`): mount a
//! component in a fresh root, find elements by `data-testid`, and act as a user would
//! (type, choose, click), letting yew re-render after each action.
//! A directory module, so cargo does not build it as a test of its own.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};
use yew::BaseComponent;

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new, empty `<div>` appended to the body.
pub fn new_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Renders `C` into a new root and lets yew finish rendering. Leaves localStorage as it is.
pub async fn mount<C: BaseComponent<Properties = ()>>() -> Element {
    let root = new_root();
    yew::Renderer::<C>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// The element with this `data-testid`, if there is one.
pub fn find(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid='{id}']"))
        .unwrap()
}

/// The element with this `data-testid`; panics, naming it, if there is none.
pub fn by_testid(root: &Element, id: &str) -> Element {
    find(root, id).unwrap_or_else(|| panic!("no element with data-testid={id}"))
}

/// The text of the element with this `data-testid`, exactly as it is.
pub fn text_of(root: &Element, id: &str) -> String {
    by_testid(root, id).text_content().unwrap_or_default()
}

/// The text of the element with this `data-testid`, without surrounding whitespace.
pub fn trimmed_text_of(root: &Element, id: &str) -> String {
    text_of(root, id).trim().to_string()
}

/// The current value of the input, text area or select with this `data-testid`.
pub fn value_of(root: &Element, id: &str) -> String {
    let el = by_testid(root, id);
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else {
        panic!("data-testid={id} is not an input, text area or select")
    }
}

fn set_value(root: &Element, id: &str, value: &str) -> Element {
    let el = by_testid(root, id);
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        select.set_value(value);
    } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else {
        panic!("data-testid={id} is not an input, text area or select")
    }
    el
}

/// Dispatches a bubbling event of this kind (`input`, `change`...) at `el`.
pub fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

/// Types `value` into the input or text area with this `data-testid`, as a user would
/// (an `input` event), and lets yew re-render.
pub async fn type_into(root: &Element, id: &str, value: &str) {
    let el = set_value(root, id, value);
    fire(&el, "input");
    yew::scheduler::flush().await;
}

/// Picks `value` in the select with this `data-testid` (a `change` event) and lets yew
/// re-render.
pub async fn choose(root: &Element, id: &str, value: &str) {
    let el = set_value(root, id, value);
    fire(&el, "change");
    yew::scheduler::flush().await;
}

/// Clicks the element with this `data-testid` and lets yew re-render.
pub async fn click(root: &Element, id: &str) {
    by_testid(root, id).unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
}

pub fn is_base64url(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
