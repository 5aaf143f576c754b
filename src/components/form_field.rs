use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_error::{described_by, field_error};

#[derive(Properties, PartialEq)]
pub struct FormFieldProps {
    /// The input's id (its label points at it).
    pub id: AttrValue,
    pub label: AttrValue,
    pub testid: AttrValue,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    /// `text` or `number`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub min: Option<AttrValue>,
    #[prop_or_default]
    pub max: Option<AttrValue>,
    /// A short line under the input.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The error about this field, shown under it.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// A labelled input with an optional hint and its error message beside it.
#[component]
pub fn FormField(props: &FormFieldProps) -> Html {
    let oninput = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let hint_id = format!("{}-hint", props.id);
    let number = props.kind == "number";
    html! {
        <div class={classes!("field", props.class.clone())}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type={props.kind.clone()} data-testid={props.testid.clone()}
                   value={props.value.clone()} {oninput}
                   min={props.min.clone()} max={props.max.clone()}
                   inputmode={number.then_some("numeric")}
                   placeholder={props.placeholder.clone()}
                   autocomplete="off" spellcheck="false"
                   aria-invalid={props.error.is_some().then_some("true")}
                   aria-describedby={described_by(props.hint.is_some().then_some(hint_id.as_str()), props.error.is_some())} />
            if let Some(hint) = &props.hint {
                <span class="hint" id={hint_id.clone()}>{ hint }</span>
            }
            if let Some(message) = &props.error {
                { field_error(message) }
            }
        </div>
    }
}
