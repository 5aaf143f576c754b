use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::web::dom::on_select;

use crate::core::token::Preset;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub value: Preset,
    pub on_change: Callback<Preset>,
}

/// The `preset` select: what the token is for.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let onchange = on_select(|id| Preset::from_id(id).ok(), props.on_change.clone());
    html! {
        <div class="field preset-field">
            <label for="token-preset">{ "What is the token for?" }</label>
            <select id="token-preset" data-testid="preset" ~value={JsValue::from_str(props.value.id())} {onchange}>
                { for Preset::ALL.iter().map(|p| html! {
                    <option value={p.id()} selected={*p == props.value}>{ p.label() }</option>
                }) }
            </select>
        </div>
    }
}
