//! The one error type of the token engine. Every message is a sentence a person
//! can act on; the page shows it next to the field as is.

use thiserror::Error;

use crate::core::random::RandomError;

#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum TokenError {
    #[error(transparent)]
    Random(#[from] RandomError),

    // ---- typed numbers (length, count, bits) ----
    #[error("Enter a {field}, a whole number such as {example}.")]
    Missing {
        field: &'static str,
        example: &'static str,
    },
    #[error("The {field} must be a whole number such as {example}; \"{text}\" is not one.")]
    NotANumber {
        field: &'static str,
        example: &'static str,
        text: String,
    },
    #[error("The {field} cannot be negative; enter a whole number such as {example}.")]
    Negative {
        field: &'static str,
        example: &'static str,
    },

    // ---- length ----
    #[error("The length must be at least 1 character.")]
    LengthZero,
    #[error("A token can be at most {max} characters long; you asked for {requested}. Choose {max} or fewer.")]
    LengthTooLong { requested: usize, max: usize },
    #[error("The entropy must be at least 1 bit.")]
    BitsZero,
    #[error("At most {max} bits can be asked for; you asked for {requested}.")]
    BitsTooMany { requested: usize, max: usize },
    #[error("{bits} bits need {chars} characters in this format, more than the maximum of {max}. Ask for fewer bits or use a format with more symbols.")]
    BitsNeedTooManyChars {
        bits: usize,
        chars: usize,
        max: usize,
    },
    #[error("For the {preset} preset the length is {min} to {max} characters; {length} is outside that range. Pick a length in the range, or choose the Custom preset.")]
    LengthOutsidePreset {
        preset: &'static str,
        min: usize,
        max: usize,
        length: usize,
    },
    #[error("The {preset} preset needs at least {min_bits} bits of entropy; these settings give only {bits}. Make the token longer or use a format with more symbols.")]
    BelowPresetMinimum {
        preset: &'static str,
        min_bits: u32,
        bits: u32,
    },

    // ---- count ----
    #[error("Ask for at least 1 token.")]
    CountZero,
    #[error("At most {max} tokens can be made at once; you asked for {requested}.")]
    CountTooMany { requested: usize, max: usize },
    #[error("These settings allow only {distinct} different tokens, fewer than the {count} you asked for. Make the token longer or ask for fewer.")]
    BatchTooLarge { count: usize, distinct: u128 },

    // ---- custom alphabet ----
    #[error("The custom alphabet is empty. Type the characters tokens may use, for example 0123456789abcdef.")]
    AlphabetEmpty,
    #[error("The custom alphabet has only one character, '{symbol}', so every token would be the same. Add at least one more character.")]
    AlphabetOneSymbol { symbol: char },
    #[error("The custom alphabet has '{symbol}' more than once. Remove the repeat: a repeated character would come up more often than the others.")]
    AlphabetRepeated { symbol: char },
    #[error(
        "The custom alphabet has {size} characters; the most it can have is {max}. Remove some."
    )]
    AlphabetTooLarge { size: usize, max: usize },
    #[error("The custom alphabet contains {what} (character {position}). Tokens with spaces or invisible characters break when copied; remove it.")]
    AlphabetInvisible { what: String, position: usize },

    // ---- character classes ----
    #[error("Choose at least one character class: upper case, lower case, digits or symbols.")]
    NoClassChosen,
    #[error("A token of {length} characters cannot hold one character from each of the {classes} chosen classes. Make it at least {classes} characters long, or untick \"at least one of each\".")]
    EachClassImpossible { classes: usize, length: usize },

    // ---- API-key prefix ----
    #[error("Enter a prefix for the API key, such as cdm_. It lets you and secret scanners recognise your keys.")]
    PrefixEmpty,
    #[error("The prefix can be at most {max} characters long; \"{prefix}\" has {len}.")]
    PrefixTooLong {
        prefix: String,
        len: usize,
        max: usize,
    },
    #[error("The prefix must start with a letter (a-z or A-Z), like cdm_.")]
    PrefixStart,
    #[error(
        "The prefix may use only letters a-z and A-Z, digits and _ ; '{symbol}' is not allowed."
    )]
    PrefixCharacter { symbol: char },

    // ---- checking a pasted API key ----
    #[error("Paste an API key to check.")]
    KeyEmpty,
    #[error("This key does not start with the prefix \"{expected}\". Check that you copied the whole key, or set the prefix the key was made with.")]
    KeyWrongPrefix { expected: String },
    #[error("This key is too short: after the prefix it has {found} characters, but a key has at least {min} ({min_body} random characters and a {checksum}-character checksum). Part of it may be missing.")]
    KeyTooShort {
        found: usize,
        min: usize,
        min_body: usize,
        checksum: usize,
    },
    #[error("This key is too long: after the prefix it has {found} characters, at most {max} are possible. Check that nothing extra was pasted.")]
    KeyTooLong { found: usize, max: usize },
    #[error("Character {position} of the key, '{symbol}', cannot be part of a key: after the prefix only letters a-z, A-Z and digits 0-9 occur.")]
    KeyBadCharacter { symbol: char, position: usize },
    #[error("The checksum does not match: the key's last 6 characters are \"{found}\" but its body gives \"{expected}\". The key has a typo or was cut off.")]
    KeyChecksumMismatch { found: String, expected: String },

    // ---- UUID v7 ----
    #[error("The clock time {ms} ms does not fit in a UUID v7's 48-bit timestamp. Check the computer's clock.")]
    TimestampOutOfRange { ms: u64 },

    // ---- ids from the page ----
    #[error("Unknown preset \"{0}\". Pick one from the list.")]
    UnknownPreset(String),
    #[error("Unknown format \"{0}\". Pick one from the list.")]
    UnknownFormat(String),

    // ---- a broken random source ----
    #[error("The random source kept repeating itself, so no fresh token could be drawn. Reload the page; if this persists, the browser's crypto.getRandomValues is not working.")]
    RandomSourceStuck,
}

/// Shortens text echoed back in a message, so a huge paste does not flood the page.
pub(crate) fn excerpt(text: &str) -> String {
    const MAX: usize = 24;
    let mut out: String = text.chars().take(MAX).collect();
    if text.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}
