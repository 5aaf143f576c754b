use yew::platform::spawn_local;
use yew::prelude::*;

use crate::web::clipboard::copy_text;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What to copy.
    pub text: AttrValue,
    /// The button's `data-testid`.
    pub testid: AttrValue,
    #[prop_or(AttrValue::Static("Copy"))]
    pub label: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
}

/// A copy button with a status line that screen readers announce (aria-live).
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(String::new);
    let failed = use_state(|| false);
    let onclick = {
        let text = props.text.to_string();
        let status = status.clone();
        let failed = failed.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let status = status.clone();
            let failed = failed.clone();
            spawn_local(async move {
                match copy_text(&text).await {
                    Ok(()) => {
                        failed.set(false);
                        status.set("Copied to the clipboard.".into());
                    }
                    Err(msg) => {
                        failed.set(true);
                        status.set(msg);
                    }
                }
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" class="secondary" data-testid={props.testid.clone()}
                    disabled={props.disabled} {onclick}>
                { &props.label }
            </button>
            <span class={classes!("status", (*failed).then_some("error"))} role="status" aria-live="polite"
                  data-testid={format!("{}-status", props.testid)}>
                { (*status).clone() }
            </span>
        </span>
    }
}
