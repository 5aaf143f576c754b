use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_error::{field_error, TOKEN_ERROR_ID};
use crate::core::token::charset::LOOKALIKES;
use crate::core::token::{CharClass, CharsetOptions};

#[derive(Properties, PartialEq)]
pub struct CharsetFieldsProps {
    pub options: CharsetOptions,
    /// The error about the classes, shown under them.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_class: Callback<(CharClass, bool)>,
    pub on_lookalikes: Callback<bool>,
    pub on_each_class: Callback<bool>,
}

fn checked(e: Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// The checkboxes of the `charset` format: classes, look-alikes, one of each.
#[component]
pub fn CharsetFields(props: &CharsetFieldsProps) -> Html {
    let o = props.options;
    let lookalikes = LOOKALIKES
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <fieldset class="charset" aria-describedby={props.error.is_some().then_some(TOKEN_ERROR_ID)}>
            <legend>{ "Characters" }</legend>
            <div class="checks">
                { for CharClass::ALL.iter().map(|&class| {
                    let onchange = props.on_class.reform(move |e: Event| (class, checked(e)));
                    html! {
                        <label class="check">
                            <input type="checkbox" data-testid={class.id()} checked={o.has(class)} {onchange} />
                            { class.label() }
                        </label>
                    }
                }) }
            </div>
            <div class="checks">
                <label class="check">
                    <input type="checkbox" data-testid="exclude-lookalikes" checked={o.exclude_lookalikes}
                           onchange={props.on_lookalikes.reform(checked)} />
                    { format!("Leave out look-alikes ({lookalikes})") }
                </label>
                <label class="check">
                    <input type="checkbox" data-testid="require-each-class" checked={o.require_each_class}
                           onchange={props.on_each_class.reform(checked)} />
                    { "At least one of each chosen class" }
                </label>
            </div>
            if let Some(message) = &props.error {
                { field_error(message) }
            }
        </fieldset>
    }
}
