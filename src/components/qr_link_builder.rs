use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::core::qr::{build_link, QrError, DEFAULT_LINK_PARAM};

#[derive(Properties, PartialEq)]
pub struct QrLinkBuilderProps {
    /// The current token (from the Token tool), if there is one.
    pub token: Option<AttrValue>,
    /// Called with the finished link when the user asks to encode it.
    pub on_encode: Callback<String>,
}

/// Builds a link that carries the current token in a URL-encoded query parameter (for a
/// password-reset or email-verification link), shows it for copying and can encode it.
#[component]
pub fn QrLinkBuilder(props: &QrLinkBuilderProps) -> Html {
    let base = use_state(String::new);
    let param = use_state(|| DEFAULT_LINK_PARAM.to_string());
    let token = props.token.as_deref().unwrap_or("");
    let link = build_link(&base, &param, token);

    let encode = {
        let on_encode = props.on_encode.clone();
        let link = link.clone();
        move || {
            if let Ok(l) = &link {
                on_encode.emit(l.clone());
            }
        }
    };
    let onclick = {
        let encode = encode.clone();
        Callback::from(move |_: MouseEvent| encode())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            encode();
        }
    });
    let on_base = {
        let base = base.clone();
        Callback::from(move |e: InputEvent| {
            base.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_param = {
        let param = param.clone();
        Callback::from(move |e: InputEvent| {
            param.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let link_text = link.as_ref().map(String::as_str).unwrap_or("");

    html! {
        <fieldset class="qr-link-builder">
            <legend>{ "Link that carries the token" }</legend>
            <p class="hint">
                { "For a password-reset or email-verification link: the token goes into a URL-encoded query parameter." }
            </p>
            <div class="row">
                <div class="field grow">
                    <label for="link-base">{ "Base URL" }</label>
                    <input id="link-base" data-testid="link-base" type="url" inputmode="url"
                           placeholder="https://example.com/reset" autocomplete="off" spellcheck="false"
                           value={(*base).clone()} oninput={on_base} onkeydown={onkeydown.clone()} />
                </div>
                <div class="field narrow">
                    <label for="link-param">{ "Parameter name" }</label>
                    <input id="link-param" data-testid="link-param" type="text" autocomplete="off"
                           spellcheck="false" value={(*param).clone()} oninput={on_param} {onkeydown} />
                </div>
            </div>
            {
                match &link {
                    Ok(l) => html! {
                        <div class="field">
                            <span class="label" id="qr-link-label">{ "Link" }</span>
                            <code class="output link" data-testid="qr-link" aria-labelledby="qr-link-label">{ l }</code>
                        </div>
                    },
                    // Nothing typed yet: a hint, not an error.
                    Err(e @ QrError::LinkBaseEmpty) => html! {
                        <p class="hint" data-testid="link-hint">{ e.to_string() }</p>
                    },
                    Err(e) => html! {
                        <p class="error" role="alert" data-testid="link-error">{ e.to_string() }</p>
                    },
                }
            }
            <div class="row">
                <button type="button" class="primary" data-testid="qr-use-link"
                        disabled={link.is_err()} {onclick}>
                    { "Encode this link" }
                </button>
                <CopyButton text={AttrValue::from(link_text.to_string())} testid="qr-link-copy"
                            label="Copy link" disabled={link.is_err()} />
            </div>
        </fieldset>
    }
}
