use yew::prelude::*;

use super::charset_options::CharsetFields;
use super::copy_button::CopyButton;
use super::entropy_meter::EntropyMeter;
use super::export_buttons::ExportButtons;
use super::field_error::field_error;
use super::form_field::FormField;
use super::format_options::FormatOptions;
use super::key_checker::KeyChecker;
use super::length_field::LengthField;
use super::preset_guide::PresetGuide;
use super::preset_picker::PresetPicker;
use super::shared_token::use_shared_token;
use super::token_list::{grouped, TokenList};
use super::token_state::{Field, TokenAction, TokenState};
use crate::core::token::api_key::CHECKSUM_LEN;
use crate::core::token::{PresetKind, MAX_BITS, MAX_COUNT};

/// A callback that sends `make(value)` to the reducer.
fn send<T: 'static>(
    dispatch: &UseReducerDispatcher<TokenState>,
    make: impl Fn(T) -> TokenAction + 'static,
) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |v| dispatch.dispatch(make(v)))
}

/// Whether a key press came from a form field (Enter there generates).
fn from_field(e: &KeyboardEvent) -> bool {
    e.target_dyn_into::<web_sys::Element>()
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT"))
        .unwrap_or(false)
}

/// The Token tool: preset, format and options, Generate, the batch with storage
/// hashes, entropy and verdict, copy, downloads and the API-key checker.
/// The settings are remembered between visits; the tokens never leave memory.
#[component]
pub fn TokenTool() -> Html {
    let state = use_reducer(TokenState::new);
    let dispatch = state.dispatcher();
    let shared = use_shared_token();
    {
        // Share the first token with the other tools (QR "use the current token").
        let set = shared.set.clone();
        use_effect_with(state.batch.tokens.clone(), move |tokens| {
            set.emit(tokens.first().map(|t| AttrValue::from(t.clone())))
        });
    }
    {
        // Remember good settings (settings only; tokens are never stored).
        let ok = state.checked.is_ok();
        use_effect_with((state.form.clone(), ok), |(form, ok)| {
            if *ok {
                form.save();
            }
        });
    }

    let form = &state.form;
    let fields = form.fields();
    let problem = state.problem();
    let error_for = |field: Field| {
        problem
            .as_ref()
            .filter(|p| p.field == field)
            .map(|p| p.message.clone())
    };
    let api_key = form.preset.kind() == PresetKind::ApiKey;
    let length_hint = match (form.in_bits, api_key) {
        (true, _) => format!("Bits of entropy (1 to {MAX_BITS}); the length is worked out from them."),
        (false, true) => format!(
            "Random characters after the prefix, {} to {}; a {CHECKSUM_LEN}-character checksum follows.",
            fields.length_min, fields.length_max
        ),
        (false, false) => format!(
            "{} to {} characters for this preset.",
            fields.length_min, fields.length_max
        ),
    };
    let (length_min, length_max) = if form.in_bits {
        (1, MAX_BITS)
    } else {
        (fields.length_min, fields.length_max)
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && from_field(&e) {
                e.prevent_default();
                dispatch.dispatch(TokenAction::Generate);
            }
        })
    };
    let empty = state.batch.tokens.is_empty();

    html! {
        <section class="panel token-tool">
            <h2>{ "Token" }</h2>
            <p class="lead">{ "Pick what the token is for. Changing an option makes new tokens; so do Generate and Enter in any field." }</p>
            <div class="token-top">
                <div class="token-left">
                    <div class="token-settings" role="group" aria-label="Token settings" {onkeydown}>
                        <PresetPicker value={form.preset} on_change={send(&dispatch, TokenAction::Preset)} />
                        if fields.format {
                            <FormatOptions format={form.format} uppercase_hex={form.uppercase_hex}
                                           show_uppercase={fields.uppercase_hex}
                                           on_format={send(&dispatch, TokenAction::Format)}
                                           on_uppercase={send(&dispatch, TokenAction::UppercaseHex)} />
                        }
                        if fields.charset {
                            <CharsetFields options={form.charset} error={error_for(Field::Classes)}
                                           on_class={send(&dispatch, |(c, on)| TokenAction::Class(c, on))}
                                           on_lookalikes={send(&dispatch, TokenAction::Lookalikes)}
                                           on_each_class={send(&dispatch, TokenAction::EachClass)} />
                        }
                        if fields.custom_alphabet {
                            <FormField id="token-alphabet" label="Custom alphabet (each character once, 2 to 256)"
                                       testid="custom-alphabet" class="wide" value={form.custom_alphabet.clone()}
                                       placeholder="0123456789abcdef"
                                       on_input={send(&dispatch, TokenAction::Alphabet)}
                                       error={error_for(Field::Alphabet)} />
                        }
                        <div class="row numbers">
                            if fields.length {
                                <LengthField value={form.length.clone()} in_bits={form.in_bits}
                                             min={length_min} max={length_max} hint={length_hint}
                                             error={error_for(Field::Length)}
                                             on_input={send(&dispatch, TokenAction::Length)}
                                             on_in_bits={send(&dispatch, TokenAction::InBits)} />
                            }
                            <FormField id="token-count" label="How many" testid="count" kind="number"
                                       min="1" max={MAX_COUNT.to_string()} value={form.count.clone()}
                                       hint={format!("1 to {}, all different.", grouped(MAX_COUNT))}
                                       on_input={send(&dispatch, TokenAction::Count)}
                                       error={error_for(Field::Count)} />
                            if fields.prefix {
                                <FormField id="token-prefix" label="Prefix" testid="prefix" value={form.prefix.clone()}
                                           hint="A letter, then letters, digits or _."
                                           on_input={send(&dispatch, TokenAction::Prefix)}
                                           error={error_for(Field::Prefix)} />
                            }
                        </div>
                    </div>
                    if let Ok(entropy) = &state.checked {
                        <EntropyMeter entropy={entropy.clone()} />
                    }
                </div>
                <PresetGuide preset={form.preset} />
            </div>
            <div class="row actions">
                <button type="button" class="primary" data-testid="generate" disabled={state.checked.is_err()}
                        onclick={dispatch.to_callback().reform(|_: MouseEvent| TokenAction::Generate)}>
                    { "Generate" }
                </button>
                <CopyButton text={state.batch.first()} testid="copy" disabled={empty} />
                <CopyButton text={state.batch.all.clone()} testid="copy-all" label="Copy all" disabled={empty} />
                <span class="status generated" role="status" aria-live="polite">{ state.announcement() }</span>
            </div>
            if let Some(message) = error_for(Field::General) {
                { field_error(&message) }
            }
            <TokenList tokens={state.batch.tokens.clone()} stale={state.stale} />
            <ExportButtons tokens={state.batch.tokens.clone()} />
            if api_key {
                <KeyChecker prefix={form.prefix.clone()} />
            }
        </section>
    }
}
