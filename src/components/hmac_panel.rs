use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::web::dom::on_select;

use super::copy_button::CopyButton;
use crate::core::hash::{hex_lower, hmac_text, HmacAlgorithm, InputEncoding, OutputEncoding};
use crate::core::random::SystemRandom;

#[derive(Properties, PartialEq)]
pub struct HmacPanelProps {
    /// The message and its encoding (the text hasher's input).
    pub message: AttrValue,
    pub message_encoding: InputEncoding,
    pub output_encoding: OutputEncoding,
}

/// HMAC-SHA256/384/512 of the message, with the key as text, hex or base64, and a
/// button that draws a random key of the recommended size.
#[component]
pub fn HmacPanel(props: &HmacPanelProps) -> Html {
    let algorithm = use_state(HmacAlgorithm::default);
    let key = use_state(String::new);
    let key_encoding = use_state(InputEncoding::default);
    let random_error = use_state(|| None::<String>);

    let on_algorithm = {
        let algorithm = algorithm.clone();
        on_select(
            HmacAlgorithm::from_id,
            Callback::from(move |a| algorithm.set(a)),
        )
    };
    let on_key = {
        let key = key.clone();
        Callback::from(move |e: InputEvent| {
            key.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_key_encoding = {
        let key_encoding = key_encoding.clone();
        on_select(
            InputEncoding::from_id,
            Callback::from(move |enc| key_encoding.set(enc)),
        )
    };
    let on_random = {
        let algorithm = algorithm.clone();
        let key = key.clone();
        let key_encoding = key_encoding.clone();
        let random_error = random_error.clone();
        Callback::from(
            move |_: MouseEvent| match algorithm.random_key(&mut SystemRandom) {
                Ok(bytes) => {
                    key.set(hex_lower(&bytes));
                    key_encoding.set(InputEncoding::Hex);
                    random_error.set(None);
                }
                Err(e) => random_error.set(Some(e.to_string())),
            },
        )
    };

    let has_key = !key.is_empty();
    let result = has_key.then(|| {
        hmac_text(
            *algorithm,
            &key,
            *key_encoding,
            &props.message,
            props.message_encoding,
            props.output_encoding,
        )
    });
    let warning = key_encoding
        .decode(&key)
        .ok()
        .filter(|_| has_key)
        .and_then(|k| algorithm.key_warning(k.len()));
    let tag = match &result {
        Some(Ok(t)) => t.clone(),
        _ => String::new(),
    };
    let error = random_error.as_ref().cloned().or_else(|| {
        result
            .as_ref()
            .and_then(|r| r.as_ref().err().map(|e| e.to_string()))
    });

    html! {
        <section class="hash-section" aria-labelledby="hash-hmac-heading">
            <h3 id="hash-hmac-heading">{ "HMAC" }</h3>
            <p class="meta">{ "A keyed hash of the text above, as used to sign webhooks and API requests." }</p>
            <div class="row">
                <div class="field">
                    <label for="hmac-algorithm">{ "Algorithm" }</label>
                    <select id="hmac-algorithm" data-testid="hmac-algorithm" onchange={on_algorithm}>
                        { for HmacAlgorithm::all().iter().map(|&a| html! {
                            <option value={a.id()} selected={a == *algorithm}>{ a.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="hmac-key-encoding">{ "Key is" }</label>
                    <select id="hmac-key-encoding" data-testid="hmac-key-encoding" onchange={on_key_encoding}>
                        { for InputEncoding::all().iter().map(|&enc| html! {
                            <option value={enc.id()} selected={enc == *key_encoding}>{ enc.label() }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="secondary" data-testid="hmac-random-key" onclick={on_random}>
                    { format!("Random {}-byte key", algorithm.recommended_key_len()) }
                </button>
                <CopyButton text={(*key).clone()} testid="hmac-key-copy" label="Copy key" disabled={!has_key} />
            </div>
            <div class="field">
                <label for="hmac-key">{ "Key" }</label>
                <input type="text" id="hmac-key" class="key-input" data-testid="hmac-key" spellcheck="false"
                       autocomplete="off" value={(*key).clone()} oninput={on_key} />
            </div>
            <div role="status" aria-live="polite">
                if let Some(w) = warning {
                    <p class="warning" data-testid="hmac-key-warning">{ w }</p>
                }
                if let Some(e) = error {
                    <p class="error" data-testid="hmac-error">{ e }</p>
                }
            </div>
            <div class="field">
                <span class="label" id="hmac-output-label">{ format!("{} tag", algorithm.label()) }</span>
                <div class="output-row">
                    <code class="output" data-testid="hmac-output" aria-labelledby="hmac-output-label">
                        { if has_key { tag.clone() } else { String::new() } }
                    </code>
                    <CopyButton text={tag.clone()} testid="hmac-copy" disabled={tag.is_empty()} />
                </div>
                if !has_key {
                    <p class="meta" data-testid="hmac-hint">{ "Enter a key, or draw a random one." }</p>
                }
            </div>
        </section>
    }
}
