use yew::prelude::*;

use crate::web::dom::on_select;

use crate::core::qr::{EcLevel, MAX_QUIET_ZONE, MAX_SVG_SIZE};

#[derive(Properties, PartialEq)]
pub struct QrOptionsProps {
    pub level: EcLevel,
    /// The quiet-zone field as typed (modules).
    pub quiet_zone: AttrValue,
    /// The size field as typed (CSS pixels).
    pub size: AttrValue,
    /// Dark colour, `#rrggbb`.
    pub dark: AttrValue,
    /// Light colour, `#rrggbb`.
    pub light: AttrValue,
    pub on_level: Callback<EcLevel>,
    pub on_quiet_zone: Callback<String>,
    pub on_size: Callback<String>,
    pub on_dark: Callback<String>,
    pub on_light: Callback<String>,
}

/// The QR code's options: error-correction level, quiet zone, size and colours. Every change
/// applies at once; the code and its warnings update as you type.
#[component]
pub fn QrOptions(props: &QrOptionsProps) -> Html {
    let on_level = on_select(|id| EcLevel::from_id(id).ok(), props.on_level.clone());
    let input = |cb: &Callback<String>| {
        cb.reform(|e: InputEvent| {
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value()
        })
    };
    html! {
        <fieldset class="qr-options">
            <legend>{ "Options" }</legend>
            <div class="qr-option-grid">
                <div class="field wide">
                    <label for="qr-ec">{ "Error correction" }</label>
                    <select id="qr-ec" data-testid="qr-ec" onchange={on_level}>
                        { for EcLevel::ALL.iter().map(|l| html! {
                            <option value={l.id()} selected={*l == props.level}>
                                { format!("{} (recovers about {}%)", l.id(), l.recovery_percent()) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="qr-quiet-zone">{ "Quiet zone (modules)" }</label>
                    <input id="qr-quiet-zone" data-testid="qr-quiet-zone" type="number" inputmode="numeric"
                           min="0" max={MAX_QUIET_ZONE.to_string()} step="1"
                           value={props.quiet_zone.clone()} oninput={input(&props.on_quiet_zone)} />
                </div>
                <div class="field">
                    <label for="qr-size">{ "Size (px)" }</label>
                    <input id="qr-size" data-testid="qr-size" type="number" inputmode="numeric"
                           min="1" max={MAX_SVG_SIZE.to_string()} step="1"
                           value={props.size.clone()} oninput={input(&props.on_size)} />
                </div>
                <div class="field colour">
                    <label for="qr-dark">{ "Dark colour" }</label>
                    <input id="qr-dark" data-testid="qr-dark" type="color"
                           value={props.dark.clone()} oninput={input(&props.on_dark)} />
                </div>
                <div class="field colour">
                    <label for="qr-light">{ "Light colour" }</label>
                    <input id="qr-light" data-testid="qr-light" type="color"
                           value={props.light.clone()} oninput={input(&props.on_light)} />
                </div>
            </div>
        </fieldset>
    }
}
