use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_error::{described_by, field_error};

#[derive(Properties, PartialEq)]
pub struct LengthFieldProps {
    /// The box as typed: characters, or bits when `in_bits`.
    pub value: AttrValue,
    pub in_bits: bool,
    pub min: usize,
    pub max: usize,
    /// What the number means for the current preset.
    pub hint: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    pub on_in_bits: Callback<bool>,
}

/// The `length` input, in characters or (with the switch) in bits of entropy.
#[component]
pub fn LengthField(props: &LengthFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_switch = props
        .on_in_bits
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    let label = if props.in_bits {
        "Entropy (bits)"
    } else {
        "Length (characters)"
    };
    html! {
        <div class="field length-field">
            <label for="token-length">{ label }</label>
            <input id="token-length" type="number" inputmode="numeric" data-testid="length"
                   min={props.min.to_string()} max={props.max.to_string()}
                   value={props.value.clone()} {oninput}
                   aria-invalid={props.error.is_some().then_some("true")}
                   aria-describedby={described_by(Some("token-length-hint"), props.error.is_some())} />
            <span class="hint" id="token-length-hint">{ &props.hint }</span>
            <label class="check">
                <input type="checkbox" data-testid="length-in-bits" checked={props.in_bits} onchange={on_switch} />
                { "Set the length in bits" }
            </label>
            if let Some(message) = &props.error {
                { field_error(message) }
            }
        </div>
    }
}
