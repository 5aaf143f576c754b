use wasm_bindgen::JsValue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::token::Preset;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub value: Preset,
    pub on_change: Callback<Preset>,
}

/// The `preset` select: what the token is for.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(p) = Preset::from_id(&id) {
                on_change.emit(p);
            }
        })
    };
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
