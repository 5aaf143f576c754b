use yew::prelude::*;

use crate::core::numfmt::fixed;

/// `1536` -> `1.5 KiB`: sizes for people (binary units, like file managers).
pub fn format_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = UNITS[0];
    for next in &UNITS[1..] {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = next;
    }
    format!("{} {unit}", fixed(value, 1))
}

/// Bytes per second over `elapsed_ms`, written like `85.2 MiB/s`.
pub fn format_rate(bytes: u64, elapsed_ms: f64) -> Option<String> {
    (elapsed_ms >= 1.0 && bytes > 0).then(|| {
        let per_second = (bytes as f64 / (elapsed_ms / 1000.0)).min(u64::MAX as f64);
        format!("{}/s", format_bytes(per_second as u64))
    })
}

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// Element id (for the label) and `data-testid` of the `<progress>`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub done: u64,
    pub total: u64,
    /// Time since the work started, for the bytes-per-second figure.
    pub elapsed_ms: f64,
}

/// A labelled `<progress>` with "x of y" and the speed.
#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let max = props.total.max(1);
    let value = props.done.min(max);
    let percent = value as f64 * 100.0 / max as f64;
    let rate = format_rate(props.done, props.elapsed_ms)
        .map(|r| format!(" · {r}"))
        .unwrap_or_default();
    html! {
        <div class="progress">
            <label for={props.id.clone()}>{ &props.label }</label>
            <progress id={props.id.clone()} data-testid={props.id.clone()}
                      value={value.to_string()} max={max.to_string()}>
                { format!("{}%", fixed(percent, 0)) }
            </progress>
            <span class="meta" data-testid={format!("{}-text", props.id)}>
                { format!("{} of {} ({}%){rate}", format_bytes(props.done), format_bytes(props.total), fixed(percent, 0)) }
            </span>
        </div>
    }
}
