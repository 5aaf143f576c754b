use std::rc::Rc;

use yew::prelude::*;

use crate::core::hash::sha256_hex;
use crate::core::token::{export, ExportFormat};
use crate::web::download::download_text;

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub tokens: Rc<Vec<String>>,
}

fn label(f: ExportFormat) -> &'static str {
    match f {
        ExportFormat::Text => ".txt (tokens)",
        ExportFormat::Csv => ".csv (token, SHA-256)",
        ExportFormat::Json => ".json (token, SHA-256)",
    }
}

/// Downloads of the whole batch as `.txt`, `.csv` and `.json`, made in the page.
#[component]
pub fn ExportButtons(props: &ExportButtonsProps) -> Html {
    let status = use_state(|| (String::new(), false));
    html! {
        <div class="downloads" role="group" aria-labelledby="downloads-title">
            <span class="label" id="downloads-title">{ "Download all" }</span>
            { for ExportFormat::ALL.iter().map(|&f| {
                let tokens = props.tokens.clone();
                let status = status.clone();
                let onclick = Callback::from(move |_| {
                    let hash: &dyn Fn(&str) -> String = &sha256_hex;
                    let text = export(&tokens, f, Some(hash));
                    let name = f.file_name();
                    status.set(match download_text(&name, f.mime(), &text) {
                        Ok(()) => (format!("Saved {name} ({} tokens).", tokens.len()), false),
                        Err(msg) => (msg, true),
                    });
                });
                html! {
                    <button type="button" class="secondary" data-testid={f.test_id()}
                            disabled={props.tokens.is_empty()} {onclick}>
                        { label(f) }
                    </button>
                }
            }) }
            <span class={classes!("status", status.1.then_some("error"))} role="status" aria-live="polite"
                  data-testid="download-status">{ status.0.clone() }</span>
        </div>
    }
}
