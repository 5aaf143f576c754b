use yew::prelude::*;

/// The id of the Token tool's one error message; fields with the error point
/// at it with `aria-describedby`.
pub const TOKEN_ERROR_ID: &str = "token-error";

/// The message about a field, shown right by it (`data-testid="token-error"`).
/// It exists only while there is an error; `role="alert"` has it read out.
/// A plain function rather than a component: it has no state, and each
/// component type adds to the page's download.
pub fn field_error(message: &AttrValue) -> Html {
    html! {
        <p class="error field-error" id={TOKEN_ERROR_ID} role="alert" data-testid="token-error">
            { message.clone() }
        </p>
    }
}

/// `aria-describedby` for an input: its hint, plus the error when it has one.
pub fn described_by(hint: Option<&str>, has_error: bool) -> Option<AttrValue> {
    match (hint, has_error) {
        (Some(h), true) => Some(format!("{h} {TOKEN_ERROR_ID}").into()),
        (Some(h), false) => Some(AttrValue::from(h.to_string())),
        (None, true) => Some(AttrValue::Static(TOKEN_ERROR_ID)),
        (None, false) => None,
    }
}
