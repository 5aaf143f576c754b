use yew::prelude::*;

use super::copy_button::CopyButton;
use super::shared_token::use_shared_token;
use crate::core::random::SystemRandom;
use crate::core::token::{generate_default, DEFAULT_BYTES};

/// The token generator: a 256-bit base64url token from `crypto.getRandomValues`.
#[component]
pub fn TokenTool() -> Html {
    let token = use_state(|| generate_default(&mut SystemRandom).map_err(|e| e.to_string()));
    let shared = use_shared_token();
    {
        // Share each new token with the other tools (QR "use the current token").
        let set = shared.set.clone();
        use_effect_with((*token).clone(), move |t| {
            set.emit(t.as_ref().ok().map(|s| AttrValue::from(s.clone())))
        });
    }
    let onclick = {
        let token = token.clone();
        Callback::from(move |_| {
            token.set(generate_default(&mut SystemRandom).map_err(|e| e.to_string()))
        })
    };
    let text = token.as_ref().map(|t| t.clone()).unwrap_or_default();
    html! {
        <section class="panel">
            <h2>{ "Token" }</h2>
            <p class="lead">{ "A random token for an API key, session or secret link." }</p>
            <div class="row">
                <button type="button" class="primary" data-testid="generate" {onclick}>{ "Generate" }</button>
                <CopyButton text={text.clone()} testid="copy" disabled={token.is_err()} />
            </div>
            {
                match &*token {
                    Ok(t) => html! {
                        <>
                            <ul class="token-list" aria-label="Generated token">
                                <li><code class="output" data-testid="token">{ t }</code></li>
                            </ul>
                            <p class="meta">{ format!("{} random bits ({DEFAULT_BYTES} bytes), base64url without padding, {} characters.", DEFAULT_BYTES * 8, t.len()) }</p>
                        </>
                    },
                    Err(msg) => html! { <p class="error" role="alert" data-testid="token-error">{ msg }</p> },
                }
            }
        </section>
    }
}
