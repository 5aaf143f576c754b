use std::rc::Rc;

use yew::prelude::*;

use super::qr_downloads::QrDownloads;
use super::qr_link_builder::QrLinkBuilder;
use super::qr_options::QrOptions;
use super::qr_preview::{QrPreview, QrState};
use super::shared_token::use_shared_token;
use crate::core::qr::{
    parse_quiet_zone, parse_svg_size, render, EcLevel, QrError, QrRequest, DEFAULT_DARK,
    DEFAULT_LIGHT, DEFAULT_QUIET_ZONE, DEFAULT_SIZE,
};

/// Everything the user has set, as typed.
#[derive(Clone, PartialEq)]
struct Settings {
    text: String,
    level: EcLevel,
    quiet_zone: AttrValue,
    size: AttrValue,
    dark: AttrValue,
    light: AttrValue,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text: String::new(),
            level: EcLevel::default(),
            quiet_zone: AttrValue::from(DEFAULT_QUIET_ZONE.to_string()),
            size: AttrValue::from(DEFAULT_SIZE.to_string()),
            dark: AttrValue::Static(DEFAULT_DARK),
            light: AttrValue::Static(DEFAULT_LIGHT),
        }
    }
}

/// One change to the settings.
enum Change {
    Text(String),
    Level(EcLevel),
    QuietZone(String),
    Size(String),
    Dark(String),
    Light(String),
}

impl Reducible for Settings {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut s = (*self).clone();
        match change {
            Change::Text(v) => s.text = v,
            Change::Level(v) => s.level = v,
            Change::QuietZone(v) => s.quiet_zone = v.into(),
            Change::Size(v) => s.size = v.into(),
            Change::Dark(v) => s.dark = v.into(),
            Change::Light(v) => s.light = v.into(),
        }
        Rc::new(s)
    }
}

/// Hands the settings to the core and turns its answer into what the preview shows.
fn state_of(s: &Settings) -> QrState {
    let numbers = parse_quiet_zone(&s.quiet_zone)
        .and_then(|quiet_zone| Ok((quiet_zone, parse_svg_size(&s.size)?)));
    let (quiet_zone, size_px) = match numbers {
        Ok(n) => n,
        Err(e) => return QrState::Error(AttrValue::from(e.to_string())),
    };
    let req = QrRequest {
        level: s.level,
        quiet_zone,
        size_px,
        dark: s.dark.to_string(),
        light: s.light.to_string(),
        ..QrRequest::new(s.text.clone())
    };
    match render(&req) {
        Ok(out) => QrState::Ready(Rc::new(out)),
        Err(e @ QrError::Empty) => QrState::Empty(AttrValue::from(e.to_string())),
        Err(e) => QrState::Error(AttrValue::from(e.to_string())),
    }
}

/// The QR code tool: text, the current token or a link that carries it, as a code that
/// scans; inline SVG preview, SVG and PNG downloads. The text is encoded exactly as typed.
#[component]
pub fn QrTool() -> Html {
    let settings = use_reducer(Settings::default);
    let state = use_memo((*settings).clone(), state_of);
    let shared = use_shared_token();

    let change = |f: fn(String) -> Change| settings.dispatcher().to_callback().reform(f);
    let set_text = change(Change::Text);
    let on_text = set_text.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    });
    let on_use_token = {
        let set_text = set_text.clone();
        let token = shared.value.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(t) = &token {
                set_text.emit(t.to_string());
            }
        })
    };
    let on_level = settings.dispatcher().to_callback().reform(Change::Level);

    let output = match &*state {
        QrState::Ready(out) => Some(out.clone()),
        _ => None,
    };
    html! {
        <section class="panel qr-tool">
            <h2>{ "QR code" }</h2>
            <p class="lead">{ "Turn a token, any text or a link that carries the token into a QR code that scans. Everything stays in this page." }</p>
            <div class="qr-layout">
                <div class="qr-inputs">
                    <div class="field">
                        <label for="qr-text">{ "Text to encode (exactly as typed)" }</label>
                        <textarea id="qr-text" data-testid="qr-text" rows="3" spellcheck="false"
                                  autocomplete="off" value={settings.text.clone()} oninput={on_text} />
                    </div>
                    <div class="row qr-token-row">
                        <button type="button" class="secondary" data-testid="qr-use-token"
                                disabled={shared.value.is_none()} onclick={on_use_token}>
                            { "Use the current token" }
                        </button>
                    </div>
                    <QrLinkBuilder token={shared.value.clone()} on_encode={set_text} />
                    <QrOptions level={settings.level}
                               quiet_zone={settings.quiet_zone.clone()}
                               size={settings.size.clone()}
                               dark={settings.dark.clone()}
                               light={settings.light.clone()}
                               {on_level}
                               on_quiet_zone={change(Change::QuietZone)}
                               on_size={change(Change::Size)}
                               on_dark={change(Change::Dark)}
                               on_light={change(Change::Light)} />
                </div>
                <div class="qr-result">
                    <QrPreview state={(*state).clone()} />
                    <QrDownloads {output} />
                </div>
            </div>
        </section>
    }
}
