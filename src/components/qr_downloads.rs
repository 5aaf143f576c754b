use std::rc::Rc;

use yew::prelude::*;

use crate::core::qr::{parse_png_size, QrOutput, MAX_PNG_SIZE};
use crate::web::download::download_bytes;

/// Default side of the downloaded PNG, in pixels.
const DEFAULT_PNG_PX: &str = "1024";

#[derive(Properties, PartialEq)]
pub struct QrDownloadsProps {
    /// The current code, if there is one.
    pub output: Option<Rc<QrOutput>>,
}

/// Downloads the current code as SVG, or as a PNG at a chosen pixel size (whole pixels per
/// module, so the PNG stays sharp).
#[component]
pub fn QrDownloads(props: &QrDownloadsProps) -> Html {
    let png_px = use_state(|| DEFAULT_PNG_PX.to_string());
    let status = use_state(|| None::<Result<String, String>>);

    {
        // A message about an earlier code would be stale once the code changes.
        let status = status.clone();
        use_effect_with(props.output.clone(), move |_| status.set(None));
    }
    let px = parse_png_size(&png_px).map_err(|e| e.to_string());
    let layout = props.output.as_ref().map(|out| {
        px.clone()
            .and_then(|px| out.png_layout(px).map_err(|e| e.to_string()))
    });

    let on_svg = {
        let output = props.output.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(out) = &output {
                let r = download_bytes("qr-code.svg", "image/svg+xml", out.svg.as_bytes());
                status.set(Some(
                    r.map(|()| "The SVG download has started.".to_string()),
                ));
            }
        })
    };
    let download_png = {
        let output = props.output.clone();
        let status = status.clone();
        let px = px.clone();
        move || {
            let Some(out) = &output else { return };
            let result = px
                .clone()
                .and_then(|px| out.png(px).map_err(|e| e.to_string()))
                .and_then(|png| {
                    download_bytes("qr-code.png", "image/png", &png.bytes).map(|()| {
                        format!(
                            "The PNG download has started ({0} × {0} pixels).",
                            png.layout.size_px
                        )
                    })
                });
            status.set(Some(result));
        }
    };
    let on_png = {
        let download_png = download_png.clone();
        Callback::from(move |_: MouseEvent| download_png())
    };
    let on_png_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            download_png();
        }
    });
    let on_png_px = {
        let png_px = png_px.clone();
        let status = status.clone();
        Callback::from(move |e: InputEvent| {
            status.set(None);
            png_px.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };

    let none = props.output.is_none();
    let layout_note = match &layout {
        Some(Ok(l)) => html! {
            <p id="qr-png-size-hint" class="hint" data-testid="qr-png-layout" data-px={l.size_px.to_string()}>
                { format!("The PNG will be {0} × {0} px ({1} px per module).", l.size_px, l.scale) }
            </p>
        },
        Some(Err(msg)) => html! {
            <p id="qr-png-size-hint" class="error" role="alert" data-testid="qr-png-size-error">{ msg }</p>
        },
        None => html! { <p id="qr-png-size-hint" class="hint">{ "Nothing to download yet." }</p> },
    };

    html! {
        <fieldset class="qr-downloads">
            <legend>{ "Download" }</legend>
            <div class="row">
                <button type="button" class="secondary" data-testid="qr-download-svg"
                        disabled={none} onclick={on_svg}>
                    { "Download SVG" }
                </button>
            </div>
            <div class="row">
                <div class="field">
                    <label for="qr-png-size">{ "PNG size (px)" }</label>
                    <input id="qr-png-size" data-testid="qr-png-size" type="number" inputmode="numeric"
                           min="1" max={MAX_PNG_SIZE.to_string()} step="1"
                           aria-describedby="qr-png-size-hint"
                           value={(*png_px).clone()} oninput={on_png_px} onkeydown={on_png_key} />
                </div>
                <button type="button" class="secondary" data-testid="qr-download-png"
                        disabled={none || !matches!(layout, Some(Ok(_)))} onclick={on_png}>
                    { "Download PNG" }
                </button>
            </div>
            { layout_note }
            {
                match &*status {
                    Some(Err(msg)) => html! {
                        <p class="error" role="alert" data-testid="qr-download-error">{ msg }</p>
                    },
                    other => html! {
                        <p class="status" role="status" aria-live="polite" data-testid="qr-download-status">
                            { other.as_ref().and_then(|r| r.as_ref().ok()).cloned().unwrap_or_default() }
                        </p>
                    },
                }
            }
        </fieldset>
    }
}
