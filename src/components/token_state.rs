//! The Token tool's state, as a `Reducible` (the pattern of yew's function_todomvc):
//! the form exactly as typed, the current batch, and the actions that change them.
//! Every decision (reading numbers, validation, entropy, generation) is made by
//! `core::token`; this file only routes values, places messages by their field
//! and remembers settings (never tokens) between visits.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::token::api_key::CHECKSUM_LEN;
use crate::core::token::{
    parse_bits, parse_count, parse_length, CharClass, CharsetOptions, Entropy, Fields, Format,
    Length, Preset, PresetKind, TokenError, TokenSpec,
};
use crate::web::{storage, time::now_ms};

/// Where a message is shown: by the field it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Length,
    Count,
    Prefix,
    Classes,
    Alphabet,
    /// By the Generate button.
    General,
}

impl Field {
    fn of(e: &TokenError) -> Field {
        use TokenError as E;
        match e {
            E::LengthZero
            | E::LengthTooLong { .. }
            | E::BitsZero
            | E::BitsTooMany { .. }
            | E::BitsNeedTooManyChars { .. }
            | E::LengthOutsidePreset { .. }
            | E::BelowPresetMinimum { .. } => Field::Length,
            E::CountZero | E::CountTooMany { .. } | E::BatchTooLarge { .. } => Field::Count,
            E::AlphabetEmpty
            | E::AlphabetOneSymbol { .. }
            | E::AlphabetRepeated { .. }
            | E::AlphabetTooLarge { .. }
            | E::AlphabetInvisible { .. } => Field::Alphabet,
            E::NoClassChosen | E::EachClassImpossible { .. } => Field::Classes,
            E::PrefixEmpty
            | E::PrefixTooLong { .. }
            | E::PrefixStart
            | E::PrefixCharacter { .. } => Field::Prefix,
            _ => Field::General,
        }
    }
}

/// A message for the page and the field it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: Field,
    pub message: AttrValue,
}

impl Problem {
    fn at(field: Field, e: &TokenError) -> Self {
        Self {
            field,
            message: e.to_string().into(),
        }
    }

    fn from_error(e: &TokenError) -> Self {
        Self::at(Field::of(e), e)
    }
}

/// The form as the person typed it: numbers stay text, so nothing typed is lost
/// while it is invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenForm {
    pub preset: Preset,
    pub format: Format,
    /// The length box: characters, or bits of entropy when `in_bits`.
    pub length: String,
    pub in_bits: bool,
    pub count: String,
    pub prefix: String,
    pub charset: CharsetOptions,
    pub custom_alphabet: String,
    pub uppercase_hex: bool,
}

impl Default for TokenForm {
    /// The session preset: 256 bits as 43 base64url characters.
    fn default() -> Self {
        Self::from_spec(&TokenSpec::default())
    }
}

/// Prefix of the `localStorage` keys for the settings.
const STORAGE_PREFIX: &str = "clean-dm.token.";

impl TokenForm {
    pub fn from_spec(spec: &TokenSpec) -> Self {
        let (length, in_bits) = match spec.length {
            Length::Chars(n) => (n, false),
            Length::Bits(b) => (b, true),
        };
        Self {
            preset: spec.preset,
            format: spec.format,
            length: length.to_string(),
            in_bits,
            count: spec.count.to_string(),
            prefix: spec.prefix.clone(),
            charset: spec.charset,
            custom_alphabet: spec.custom_alphabet.clone(),
            uppercase_hex: spec.uppercase_hex,
        }
    }

    /// Which inputs apply to the chosen preset and format.
    pub fn fields(&self) -> Fields {
        let mut spec = TokenSpec::new(self.preset);
        spec.format = self.format;
        spec.fields()
    }

    /// The settings, with the typed numbers read by core.
    pub fn spec(&self) -> Result<TokenSpec, Problem> {
        let mut spec = TokenSpec::new(self.preset);
        spec.format = self.format;
        spec.prefix = self.prefix.clone();
        spec.charset = self.charset;
        spec.custom_alphabet = self.custom_alphabet.clone();
        spec.uppercase_hex = self.uppercase_hex;
        if spec.fields().length {
            let length = if self.in_bits {
                parse_bits(&self.length).map(Length::Bits)
            } else {
                parse_length(&self.length).map(Length::Chars)
            };
            spec.length = length.map_err(|e| Problem::at(Field::Length, &e))?;
        }
        spec.count = parse_count(&self.count).map_err(|e| Problem::at(Field::Count, &e))?;
        Ok(spec)
    }

    /// The checked settings and their entropy, or the first problem.
    pub fn check(&self) -> Result<(TokenSpec, Entropy), Problem> {
        let spec = self.spec()?;
        let entropy = spec.entropy().map_err(|e| Problem::from_error(&e))?;
        Ok((spec, entropy))
    }

    /// The length of checked settings (entropy `e`) in characters or in bits.
    fn length_in(&self, in_bits: bool, e: &Entropy) -> String {
        if in_bits {
            // Whole bits, rounded down: the length worked out from them is the same.
            return format!("{}", e.bits.floor().max(1.0) as u64);
        }
        match self.preset.kind() {
            PresetKind::ApiKey => e
                .length
                .saturating_sub(self.prefix.chars().count() + CHECKSUM_LEN)
                .to_string(),
            _ => e.requested_length.unwrap_or(e.length).to_string(),
        }
    }

    fn apply(&mut self, action: &TokenAction, current: Option<&Entropy>) {
        match action {
            TokenAction::Preset(p) => {
                let spec = TokenSpec::new(*p);
                self.preset = *p;
                self.format = spec.format;
                self.length = match (self.in_bits, spec.entropy()) {
                    (true, Ok(e)) => self.length_in(true, &e),
                    _ => {
                        self.in_bits = false;
                        Self::from_spec(&spec).length
                    }
                };
            }
            TokenAction::Format(f) => self.format = *f,
            TokenAction::Length(text) => self.length = text.clone(),
            TokenAction::InBits(on) => {
                if let Some(e) = current {
                    self.length = self.length_in(*on, e);
                }
                self.in_bits = *on;
            }
            TokenAction::Count(text) => self.count = text.clone(),
            TokenAction::Prefix(text) => self.prefix = text.clone(),
            TokenAction::Class(class, on) => self.charset.set(*class, *on),
            TokenAction::Lookalikes(on) => self.charset.exclude_lookalikes = *on,
            TokenAction::EachClass(on) => self.charset.require_each_class = *on,
            TokenAction::Alphabet(text) => self.custom_alphabet = text.clone(),
            TokenAction::UppercaseHex(on) => self.uppercase_hex = *on,
            TokenAction::Generate => {}
        }
    }

    /// The settings as (name, value) pairs for storage. No token is among them.
    fn settings(&self) -> [(&'static str, String); 14] {
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        let c = &self.charset;
        [
            ("preset", self.preset.id().to_string()),
            ("format", self.format.id().to_string()),
            ("length", self.length.clone()),
            ("in-bits", flag(self.in_bits)),
            ("count", self.count.clone()),
            ("prefix", self.prefix.clone()),
            ("custom-alphabet", self.custom_alphabet.clone()),
            ("uppercase-hex", flag(self.uppercase_hex)),
            ("class-upper", flag(c.upper)),
            ("class-lower", flag(c.lower)),
            ("class-digits", flag(c.digits)),
            ("class-symbols", flag(c.symbols)),
            ("exclude-lookalikes", flag(c.exclude_lookalikes)),
            ("require-each-class", flag(c.require_each_class)),
        ]
    }

    /// Remembers the settings in `localStorage` (settings only, never tokens).
    pub fn save(&self) {
        for (name, value) in self.settings() {
            storage::save(&format!("{STORAGE_PREFIX}{name}"), &value);
        }
    }

    /// The remembered settings, if any were stored and they still make sense.
    pub fn load() -> Option<Self> {
        let get = |name: &str| storage::load(&format!("{STORAGE_PREFIX}{name}"));
        let flag = |name: &str, into: &mut bool| {
            if let Some(v) = get(name) {
                *into = v == "1";
            }
        };
        let preset = Preset::from_id(&get("preset")?).ok()?;
        let mut form = Self::from_spec(&TokenSpec::new(preset));
        if let Some(f) = get("format").and_then(|f| Format::from_id(&f).ok()) {
            form.format = f;
        }
        for (name, into) in [
            ("length", &mut form.length),
            ("count", &mut form.count),
            ("prefix", &mut form.prefix),
            ("custom-alphabet", &mut form.custom_alphabet),
        ] {
            if let Some(v) = get(name) {
                *into = v;
            }
        }
        flag("in-bits", &mut form.in_bits);
        flag("uppercase-hex", &mut form.uppercase_hex);
        let c = &mut form.charset;
        flag("class-upper", &mut c.upper);
        flag("class-lower", &mut c.lower);
        flag("class-digits", &mut c.digits);
        flag("class-symbols", &mut c.symbols);
        flag("exclude-lookalikes", &mut c.exclude_lookalikes);
        flag("require-each-class", &mut c.require_each_class);
        form.check().is_ok().then_some(form)
    }
}

/// Everything the person can do to the Token tool.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenAction {
    Preset(Preset),
    Format(Format),
    Length(String),
    /// Switch the length box between characters (`false`) and bits (`true`).
    InBits(bool),
    Count(String),
    Prefix(String),
    Class(CharClass, bool),
    Lookalikes(bool),
    EachClass(bool),
    Alphabet(String),
    UppercaseHex(bool),
    /// The Generate button, or Enter in a field.
    Generate,
}

/// A generated batch: every token, and all of them one per line for "Copy all".
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Batch {
    pub tokens: Rc<Vec<String>>,
    pub all: AttrValue,
}

impl Batch {
    fn new(tokens: Vec<String>) -> Self {
        let all = tokens.join("\n");
        Self {
            tokens: Rc::new(tokens),
            all: all.into(),
        }
    }

    pub fn first(&self) -> AttrValue {
        self.tokens
            .first()
            .map(|t| AttrValue::from(t.clone()))
            .unwrap_or_default()
    }
}

/// The Token tool's whole state.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenState {
    pub form: TokenForm,
    /// Entropy of the current settings, or the first problem with them.
    pub checked: Result<Entropy, Problem>,
    pub batch: Batch,
    /// The batch shown was made with other settings (the current ones have a problem).
    pub stale: bool,
    /// Generating failed (for example, no secure random source).
    pub failure: Option<AttrValue>,
    /// Generate presses and Enters that made a batch, for the screen-reader announcement.
    pub presses: u32,
}

impl TokenState {
    /// The remembered settings (or the defaults) and a first batch.
    pub fn new() -> Self {
        Self::with_form(TokenForm::load().unwrap_or_default())
    }

    pub fn with_form(form: TokenForm) -> Self {
        let mut state = Self {
            form,
            checked: Err(Problem {
                field: Field::General,
                message: AttrValue::default(),
            }),
            batch: Batch::default(),
            stale: false,
            failure: None,
            presses: 0,
        };
        state.refresh(false);
        state
    }

    /// Re-checks the settings and, when they are good, makes a new batch.
    fn refresh(&mut self, pressed: bool) {
        match self.form.check() {
            Ok((spec, entropy)) => {
                self.checked = Ok(entropy);
                match spec.generate_system(now_ms()) {
                    Ok(tokens) => {
                        self.batch = Batch::new(tokens);
                        self.stale = false;
                        self.failure = None;
                        if pressed {
                            self.presses = self.presses.wrapping_add(1);
                        }
                    }
                    Err(e) => {
                        self.failure = Some(e.to_string().into());
                        self.stale = !self.batch.tokens.is_empty();
                    }
                }
            }
            Err(problem) => {
                self.checked = Err(problem);
                self.failure = None;
                self.stale = !self.batch.tokens.is_empty();
            }
        }
    }

    /// The message to show, if any, placed by a field that is on screen.
    pub fn problem(&self) -> Option<Problem> {
        if let Some(message) = &self.failure {
            return Some(Problem {
                field: Field::General,
                message: message.clone(),
            });
        }
        let mut p = self.checked.as_ref().err()?.clone();
        let f = self.form.fields();
        let shown = match p.field {
            Field::Length => f.length,
            Field::Prefix => f.prefix,
            Field::Classes => f.charset,
            Field::Alphabet => f.custom_alphabet,
            Field::Count | Field::General => true,
        };
        if !shown {
            p.field = Field::General;
        }
        Some(p)
    }

    /// What a screen reader hears after Generate (or Enter). Alternates a trailing
    /// no-break space so that the same words are announced again on the next press.
    pub fn announcement(&self) -> String {
        if self.presses == 0 {
            return String::new();
        }
        let n = self.batch.tokens.len();
        let what = if n == 1 {
            "a new token".to_string()
        } else {
            format!("{n} new tokens")
        };
        let pad = if self.presses % 2 == 0 { "\u{a0}" } else { "" };
        format!("Generated {what}.{pad}")
    }
}

impl Default for TokenState {
    fn default() -> Self {
        Self::new()
    }
}

impl Reducible for TokenState {
    type Action = TokenAction;

    fn reduce(self: Rc<Self>, action: TokenAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let current = self.checked.as_ref().ok();
        next.form.apply(&action, current);
        next.refresh(action == TokenAction::Generate);
        Rc::new(next)
    }
}
