use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::token::check_key_message;

#[derive(Properties, PartialEq)]
pub struct KeyCheckerProps {
    /// The prefix keys are expected to start with (the tool's prefix setting).
    pub prefix: AttrValue,
}

/// Checks a pasted API key's prefix and checksum, offline, as it is typed.
#[component]
pub fn KeyChecker(props: &KeyCheckerProps) -> Html {
    let value = use_state(String::new);
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let result = (!value.trim().is_empty()).then(|| check_key_message(&value, &props.prefix));
    let (class, valid) = match &result {
        Some((true, _)) => ("ok", Some("true")),
        Some((false, _)) => ("error", Some("false")),
        None => ("", None),
    };
    html! {
        <section class="key-check" aria-labelledby="key-check-title">
            <h3 id="key-check-title">{ "Check an API key" }</h3>
            <div class="field">
                <label for="key-check">{ format!("Paste a key made with the prefix {} to verify its checksum (checked here, sent nowhere)", props.prefix) }</label>
                <input id="key-check" type="text" data-testid="key-check-input" value={(*value).clone()} {oninput}
                       autocomplete="off" spellcheck="false" aria-describedby="key-check-result" />
            </div>
            <p id="key-check-result" class={classes!("key-check-result", class)} data-testid="key-check-result"
               data-valid={valid} role="status" aria-live="polite">
                { result.map(|(_, msg)| msg).unwrap_or_default() }
            </p>
        </section>
    }
}
