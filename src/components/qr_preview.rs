use std::rc::Rc;

use yew::prelude::*;

use crate::core::qr::QrOutput;

/// What the preview shows: a code, a prompt for text, or why there is no code.
#[derive(Clone, PartialEq)]
pub enum QrState {
    Ready(Rc<QrOutput>),
    /// No text yet: the prompt to show.
    Empty(AttrValue),
    /// The message that says why no code could be made.
    Error(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct QrPreviewProps {
    pub state: QrState,
}

/// The code as inline SVG (vector, so crisp at any zoom), its version and capacity used, and
/// any warnings; or a message in its place. Never an empty box, never a stale code.
#[component]
pub fn QrPreview(props: &QrPreviewProps) -> Html {
    let body = match &props.state {
        QrState::Ready(out) => {
            let info = &out.info;
            // The SVG is built by our core from the module matrix; its only text (the label)
            // is XML-escaped there.
            let svg = Html::from_html_unchecked(AttrValue::from(out.svg.clone()));
            html! {
                <>
                    <div class="qr-code" data-testid="qr">{ svg }</div>
                    <div class="qr-info" data-testid="qr-info" data-version={info.version.to_string()}
                         data-percent={info.percent_used.to_string()}>
                        <p class="meta">
                            { format!("Version {} ({} × {} modules), error correction {} (recovers about {}%).",
                                info.version, info.modules, info.modules, info.level, info.level.recovery_percent()) }
                        </p>
                        <p class="meta">
                            <label for="qr-capacity">{ "Capacity used: " }</label>
                            <meter id="qr-capacity" min="0" max="100" high="90" optimum="0"
                                   value={info.percent_used.to_string()}>
                                { format!("{}%", info.percent_used) }
                            </meter>
                            { format!(" {}% ({} of {} data bits, {} bytes of text). At level {} a code holds at most {} bytes.",
                                info.percent_used, info.bits_used, info.bits_capacity, info.bytes_used,
                                info.level, info.max_bytes_for_level) }
                        </p>
                    </div>
                    <ul class="qr-warnings" role="status" aria-live="polite">
                        { for out.warnings.iter().map(|w| html! {
                            <li class="warning" data-testid="qr-warning" data-warning={w.id()}>{ w.to_string() }</li>
                        }) }
                    </ul>
                </>
            }
        }
        QrState::Empty(msg) => html! {
            <p class="notice qr-empty" data-testid="qr-empty" role="status">{ msg }</p>
        },
        QrState::Error(msg) => html! {
            <p class="error" role="alert" data-testid="qr-error">{ msg }</p>
        },
    };
    html! { <div class="qr-preview" aria-label="QR code preview" role="region">{ body }</div> }
}
