use std::rc::Rc;

use yew::prelude::*;

use crate::core::hash::sha256_hex;

/// How many tokens of a batch are drawn on the page; "Copy all" and the
/// downloads always carry the whole batch.
pub const SHOWN: usize = 100;

#[derive(Properties, PartialEq)]
pub struct TokenListProps {
    pub tokens: Rc<Vec<String>>,
    /// The tokens were made with earlier settings (the current ones have a problem).
    #[prop_or_default]
    pub stale: bool,
}

/// 10000 -> "10,000".
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The generated tokens (`data-testid="token"`, one per token), each with the
/// SHA-256 a server should store instead of it.
#[component]
pub fn TokenList(props: &TokenListProps) -> Html {
    let shown = use_memo(props.tokens.clone(), |tokens| {
        tokens
            .iter()
            .take(SHOWN)
            .map(|t| (AttrValue::from(t.clone()), AttrValue::from(sha256_hex(t))))
            .collect::<Vec<_>>()
    });
    let total = props.tokens.len();
    let label = if total == 1 {
        "Generated token".to_string()
    } else {
        format!("Generated tokens ({})", grouped(total))
    };
    html! {
        <div class={classes!("token-output", props.stale.then_some("stale"))}>
            if props.stale {
                <p class="meta">{ "These were made with the earlier settings. Fix the setting marked above to make new ones." }</p>
            }
            <ul class={classes!("token-list", (total > 1).then_some("batch"))} aria-label={label}>
                { for shown.iter().map(|(token, hash)| html! {
                    <li class="token-item">
                        <code class="output token" data-testid="token">{ token }</code>
                        <p class="storage">
                            <span class="storage-label">{ "SHA-256, store this, not the token: " }</span>
                            <code class="storage-hash" data-testid="storage-hash">{ hash }</code>
                        </p>
                    </li>
                }) }
            </ul>
            if total > SHOWN {
                <p class="meta batch-note" data-testid="batch-note">
                    { format!("Showing the first {SHOWN} of {} tokens, all different. Copy all and the downloads include every one.", grouped(total)) }
                </p>
            } else if total > 1 {
                <p class="meta batch-note" data-testid="batch-note">{ format!("{total} tokens, all different.") }</p>
            }
        </div>
    }
}
