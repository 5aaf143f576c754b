use yew::prelude::*;

use crate::core::token::entropy::GUESS_RATE_TEXT;
use crate::core::token::Entropy;

/// Bits at the right end of the bar. The marks for the 64-bit minimum and the
/// 128-bit recommendation sit at 25% and 50% of it (see the stylesheet).
const SCALE_BITS: f64 = 256.0;

#[derive(Properties, PartialEq)]
pub struct EntropyMeterProps {
    pub entropy: Entropy,
}

fn percent(bits: f64) -> f64 {
    (bits / SCALE_BITS * 100.0).clamp(0.0, 100.0)
}

/// Entropy of the current settings (`data-testid="entropy"`, `data-bits`), a bar
/// against the 64-bit minimum and 128-bit recommendation, the verdict, and the
/// time to guess at a stated rate. Below 64 bits the verdict is a warning.
#[component]
pub fn EntropyMeter(props: &EntropyMeterProps) -> Html {
    let e = &props.entropy;
    let verdict = e.verdict;
    let mut facts = format!(
        "{} character{}",
        e.length,
        if e.length == 1 { "" } else { "s" }
    );
    if let Some(bytes) = e.random_bytes {
        facts.push_str(&format!(" from {bytes} random bytes"));
    }
    if let Some(d) = e.distinct.filter(|d| *d < 1_000_000_000_000) {
        facts.push_str(&format!(", {d} possible tokens"));
    }
    html! {
        <section class={classes!("entropy", format!("verdict-{}", verdict.id()))} data-testid="entropy"
                 data-bits={e.bits_text()} data-verdict={verdict.id()} aria-labelledby="entropy-title">
            <h3 id="entropy-title" class="visually-hidden">{ "Strength" }</h3>
            <p class="entropy-head">
                <strong class="entropy-bits">{ format!("{} bits", e.bits_text()) }</strong>
                { format!(" of entropy · {facts}") }
            </p>
            <div class="meter" aria-hidden="true">
                <span class="meter-fill" style={format!("width:{}%", crate::core::numfmt::fixed(percent(e.bits), 1))}></span>
                <span class="meter-mark at-64"></span>
                <span class="meter-mark at-128"></span>
            </div>
            <div class="meter-scale" aria-hidden="true">
                <span>{ "0" }</span>
                <span class="at-64">{ "64" }</span>
                <span class="at-128">{ "128" }</span>
                <span class="end">{ "256+" }</span>
            </div>
            if verdict.is_warning() {
                <p class="warning verdict" role="alert" data-testid="entropy-warning">{ verdict.message() }</p>
            } else {
                <p class="verdict">{ verdict.message() }</p>
            }
            <p class="meta">{ format!("Time to guess: on average {} at {}.", e.time_to_guess, GUESS_RATE_TEXT) }</p>
            if let Some(note) = &e.note {
                <p class="meta">{ note }</p>
            }
        </section>
    }
}
