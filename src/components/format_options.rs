use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::web::dom::on_select;

use crate::core::token::Format;

#[derive(Properties, PartialEq)]
pub struct FormatOptionsProps {
    pub format: Format,
    pub uppercase_hex: bool,
    /// Show the upper-case switch (hex only).
    pub show_uppercase: bool,
    pub on_format: Callback<Format>,
    pub on_uppercase: Callback<bool>,
}

/// The `format` select, and upper-case hex when the format is hex.
#[component]
pub fn FormatOptions(props: &FormatOptionsProps) -> Html {
    let onchange = on_select(|id| Format::from_id(id).ok(), props.on_format.clone());
    let on_upper = props
        .on_uppercase
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="row format-row">
            <div class="field">
                <label for="token-format">{ "Format" }</label>
                <select id="token-format" data-testid="format" ~value={JsValue::from_str(props.format.id())} {onchange}>
                    { for Format::ALL.iter().map(|f| html! {
                        <option value={f.id()} selected={*f == props.format}>{ f.label() }</option>
                    }) }
                </select>
            </div>
            if props.show_uppercase {
                <label class="check">
                    <input type="checkbox" data-testid="uppercase-hex" checked={props.uppercase_hex} onchange={on_upper} />
                    { "Upper-case hex (A-F)" }
                </label>
            }
        </div>
    }
}
