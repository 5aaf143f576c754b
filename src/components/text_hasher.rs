use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::web::dom::on_select;

use super::copy_button::CopyButton;
use crate::core::hash::{hash_text, HashAlgorithm, InputEncoding, OutputEncoding};

#[derive(Properties, PartialEq)]
pub struct TextHasherProps {
    /// The message (shared with the HMAC panel).
    pub text: AttrValue,
    pub input_encoding: InputEncoding,
    pub output_encoding: OutputEncoding,
    pub on_text: Callback<String>,
    pub on_input_encoding: Callback<InputEncoding>,
    pub on_output_encoding: Callback<OutputEncoding>,
}

/// Live digest of typed text (or hex / base64 bytes) with a chosen algorithm.
#[component]
pub fn TextHasher(props: &TextHasherProps) -> Html {
    let algorithm = use_state(HashAlgorithm::default);
    let result = hash_text(
        &props.text,
        props.input_encoding,
        *algorithm,
        props.output_encoding,
    );

    let oninput = props
        .on_text
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_input_encoding = on_select(InputEncoding::from_id, props.on_input_encoding.clone());
    let on_algorithm = {
        let algorithm = algorithm.clone();
        on_select(
            HashAlgorithm::from_id,
            Callback::from(move |a| algorithm.set(a)),
        )
    };
    let on_output_encoding = on_select(OutputEncoding::from_id, props.on_output_encoding.clone());

    let digest = result.clone().unwrap_or_default();
    html! {
        <section class="hash-section" aria-labelledby="hash-text-heading">
            <h3 id="hash-text-heading">{ "Text" }</h3>
            <div class="field">
                <label for="hash-input">{ "Text to hash" }</label>
                <textarea id="hash-input" data-testid="hash-input" rows="3" spellcheck="false"
                          autocomplete="off" value={props.text.clone()} {oninput} />
            </div>
            <div class="row">
                <div class="field">
                    <label for="hash-input-encoding">{ "Input is" }</label>
                    <select id="hash-input-encoding" data-testid="hash-input-encoding" onchange={on_input_encoding}>
                        { for InputEncoding::all().iter().map(|&enc| html! {
                            <option value={enc.id()} selected={enc == props.input_encoding}>{ enc.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="hash-algorithm">{ "Algorithm" }</label>
                    <select id="hash-algorithm" data-testid="hash-algorithm" onchange={on_algorithm}>
                        { for HashAlgorithm::all().iter().map(|&alg| html! {
                            <option value={alg.id()} selected={alg == *algorithm}>
                                { if alg.is_legacy() { format!("{} (legacy, not for security)", alg.label()) } else { alg.label().to_string() } }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="hash-encoding">{ "Output as" }</label>
                    <select id="hash-encoding" data-testid="hash-encoding" onchange={on_output_encoding}>
                        { for OutputEncoding::all().iter().map(|&enc| html! {
                            <option value={enc.id()} selected={enc == props.output_encoding}>{ enc.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            if let Some(note) = algorithm.legacy_note() {
                <p class="warning" data-testid="hash-legacy-note">{ note }</p>
            }
            <div class="field">
                <span class="label" id="hash-output-label">{ format!("{} digest", algorithm.label()) }</span>
                <div class="output-row">
                    <code class="output" data-testid="hash-output" aria-labelledby="hash-output-label">{ digest.clone() }</code>
                    <CopyButton text={digest} testid="hash-copy" disabled={result.is_err()} />
                </div>
            </div>
            <div role="status" aria-live="polite">
                if let Err(e) = &result {
                    <p class="error" data-testid="hash-error">{ e.to_string() }</p>
                }
            </div>
        </section>
    }
}
