//! Presets: what the token is for. Each sets a format and a length, limits the
//! length to the range people use, sets a floor on entropy where guidance
//! demands one, and carries a short guide in our own words.

use super::error::{excerpt, TokenError};
use super::format::Format;

/// How a preset's tokens are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresetKind {
    /// A token in the chosen format and length.
    Token,
    /// Prefix + base62 body + 6-character base62 CRC-32 checksum.
    ApiKey,
    UuidV4,
    UuidV7,
}

/// The page's `preset` select; `id()` is the option value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    ApiKey,
    Session,
    Refresh,
    PasswordReset,
    EmailVerification,
    HighSecurity,
    JwtHs256,
    JwtHs384,
    JwtHs512,
    UuidV4,
    UuidV7,
    Custom,
}

/// A short guide shown with a preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guide {
    /// What the token is for.
    pub purpose: &'static str,
    /// A sensible lifetime.
    pub lifetime: &'static str,
    /// How to store it.
    pub storage: &'static str,
    /// What to avoid.
    pub avoid: &'static str,
}

impl Guide {
    /// (heading, text) pairs in display order.
    pub fn items(&self) -> [(&'static str, &'static str); 4] {
        [
            ("What it is for", self.purpose),
            ("Lifetime", self.lifetime),
            ("Storage", self.storage),
            ("Avoid", self.avoid),
        ]
    }
}

/// Everything the page needs to know about a preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PresetInfo {
    pub preset: Preset,
    pub label: &'static str,
    pub kind: PresetKind,
    /// Format chosen when the preset is picked (for API keys: the body's, base62).
    pub format: Format,
    /// Length chosen when the preset is picked, in characters (API keys: the random body).
    pub length: usize,
    /// Lengths the preset allows, in characters (the `length` input's min and max).
    pub min_length: usize,
    pub max_length: usize,
    /// Entropy the settings must reach, if guidance sets a floor.
    pub min_bits: Option<u32>,
    /// Whether the format and length can be changed (not for UUIDs).
    pub adjustable: bool,
    pub guide: Guide,
}

/// Longest token the engine makes, in characters of the random part.
pub const MAX_LENGTH: usize = 1024;

const STORE_HASH: &str = "Keep only its SHA-256 hash on the server (shown beside the token), with the user and the expiry; look it up by hash and compare in constant time.";

static PRESETS: [PresetInfo; 12] = [
    PresetInfo {
        preset: Preset::ApiKey,
        label: "API key",
        kind: PresetKind::ApiKey,
        format: Format::Base62,
        length: 32,
        min_length: 32,
        max_length: 128,
        min_bits: Some(128),
        adjustable: true,
        guide: Guide {
            purpose: "A long-lived secret a program sends to identify itself to your API. The prefix tells people and secret scanners what it is; the 6-character checksum catches typos offline, before any request is made.",
            lifetime: "Months, until rotated or revoked. Let people rotate keys themselves and revoke a key at once when it leaks.",
            storage: "Show it once. Keep only its SHA-256 hash, plus the prefix and last few characters so people can recognise it; look keys up by hash.",
            avoid: "Keys in URLs, logs, front-end code or git; one key shared by several people or services.",
        },
    },
    PresetInfo {
        preset: Preset::Session,
        label: "Session ID",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 43,
        min_length: 32,
        max_length: 64,
        min_bits: Some(64),
        adjustable: true,
        guide: Guide {
            purpose: "Identifies a logged-in browser session, usually in a cookie. The default is 256 bits; OWASP asks for at least 64.",
            lifetime: "Hours, not weeks: expire after idle time (say 30 minutes) and after an absolute limit (say 12 hours). Issue a new ID at login and whenever privileges change.",
            storage: "Send it in a cookie marked HttpOnly, Secure and SameSite. On the server keep its SHA-256 hash with the expiry.",
            avoid: "Session IDs in URLs; IDs built from user data or the time; keeping the same ID across login (session fixation).",
        },
    },
    PresetInfo {
        preset: Preset::Refresh,
        label: "Refresh token",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 43,
        min_length: 32,
        max_length: 128,
        min_bits: Some(128),
        adjustable: true,
        guide: Guide {
            purpose: "Lets a client get a new short-lived access token without asking for the password again.",
            lifetime: "Days to weeks. Replace it on every use, and if an already-used one comes back, revoke the whole chain: it was stolen.",
            storage: "The server keeps only its SHA-256 hash, tied to the user and device. The client keeps it away from scripts (HttpOnly cookie or the OS keychain).",
            avoid: "localStorage; refresh tokens that cannot be revoked; long lifetimes without rotation.",
        },
    },
    PresetInfo {
        preset: Preset::PasswordReset,
        label: "Password reset",
        kind: PresetKind::Token,
        format: Format::Base62,
        length: 32,
        min_length: 32,
        max_length: 64,
        min_bits: Some(128),
        adjustable: true,
        guide: Guide {
            purpose: "Goes in a reset link to prove that whoever opens it can read the account's email. Base62 survives email clients and URLs untouched.",
            lifetime: "Single use and short: it expires within 15 to 60 minutes, and at once when used or when a newer one is requested.",
            storage: STORE_HASH,
            avoid: "Tokens that work twice or never expire; tokens in logs or analytics; third-party scripts or images on the reset page (the link leaks through the Referer header); telling whether an address has an account.",
        },
    },
    PresetInfo {
        preset: Preset::EmailVerification,
        label: "Email verification",
        kind: PresetKind::Token,
        format: Format::Base62,
        length: 24,
        min_length: 16,
        max_length: 32,
        min_bits: Some(64),
        adjustable: true,
        guide: Guide {
            purpose: "Goes in a confirmation link to prove a person can read mail at the address they gave.",
            lifetime: "Single use, expiring within 24 hours or sooner; a new request replaces the old token.",
            storage: "Keep only its SHA-256 hash, with the address it was sent to and the expiry; delete it once used.",
            avoid: "Tokens that can be reused; confirming any address other than the one the token was sent to; short codes without a limit on attempts.",
        },
    },
    PresetInfo {
        preset: Preset::HighSecurity,
        label: "High security",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 86,
        min_length: 64,
        max_length: MAX_LENGTH,
        min_bits: Some(256),
        adjustable: true,
        guide: Guide {
            purpose: "Secrets that must hold for years: master keys, signing or encryption secrets, service-to-service credentials. The default is 512 bits.",
            lifetime: "As long as needed, with a written rotation plan.",
            storage: "A secrets manager or KMS, not a config file in the repository. If you only ever compare it, store its SHA-256 hash instead.",
            avoid: "Sending it through chat or email; deriving it from a password; using one secret for two purposes.",
        },
    },
    PresetInfo {
        preset: Preset::JwtHs256,
        label: "JWT secret (HS256)",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 43,
        min_length: 43,
        max_length: 128,
        min_bits: Some(256),
        adjustable: true,
        guide: JWT_GUIDE_256,
    },
    PresetInfo {
        preset: Preset::JwtHs384,
        label: "JWT secret (HS384)",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 64,
        min_length: 64,
        max_length: 192,
        min_bits: Some(384),
        adjustable: true,
        guide: JWT_GUIDE_384,
    },
    PresetInfo {
        preset: Preset::JwtHs512,
        label: "JWT secret (HS512)",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 86,
        min_length: 86,
        max_length: 256,
        min_bits: Some(512),
        adjustable: true,
        guide: JWT_GUIDE_512,
    },
    PresetInfo {
        preset: Preset::UuidV4,
        label: "UUID v4",
        kind: PresetKind::UuidV4,
        format: Format::Hex,
        length: 36,
        min_length: 36,
        max_length: 36,
        min_bits: None,
        adjustable: false,
        guide: Guide {
            purpose: "A random identifier (RFC 9562, 122 random bits) for records, requests and files, where being unique matters more than being secret.",
            lifetime: "Permanent: it names something, it does not grant access.",
            storage: "As is, ideally in a 16-byte UUID column.",
            avoid: "Using a UUID alone as a password, reset link or API key: pick a token preset for secrets.",
        },
    },
    PresetInfo {
        preset: Preset::UuidV7,
        label: "UUID v7",
        kind: PresetKind::UuidV7,
        format: Format::Hex,
        length: 36,
        min_length: 36,
        max_length: 36,
        min_bits: None,
        adjustable: false,
        guide: Guide {
            purpose: "A time-ordered identifier (RFC 9562): a 48-bit millisecond timestamp, then 74 random bits. New IDs sort after old ones, which keeps database indexes compact.",
            lifetime: "Permanent: it names something, it does not grant access.",
            storage: "As is, ideally in a 16-byte UUID column.",
            avoid: "Using it as a secret; using it where revealing when the record was made matters (anyone can read the timestamp).",
        },
    },
    PresetInfo {
        preset: Preset::Custom,
        label: "Custom",
        kind: PresetKind::Token,
        format: Format::Base64Url,
        length: 43,
        min_length: 1,
        max_length: MAX_LENGTH,
        min_bits: None,
        adjustable: true,
        guide: Guide {
            purpose: "Any other token: choose the format and length yourself.",
            lifetime: "As short as the use allows; a token that is used once should expire.",
            storage: "If it is a credential, keep only its SHA-256 hash on the server and compare in constant time.",
            avoid: "Less than 64 bits of entropy (the page warns); 128 bits or more is recommended.",
        },
    },
];

const JWT_LIFETIME: &str = "Rotate it on a schedule (say yearly) and at once after a leak; during rotation accept both keys, told apart by the token's kid header.";
const JWT_STORAGE: &str = "Only on the servers that sign or verify, in a secrets manager or an environment variable. Hashing does not apply: the server needs the key itself, and anyone who has it can mint valid tokens.";
const JWT_AVOID: &str = "Short or made-up secrets, which can be cracked offline from any token; accepting alg \"none\" or letting the token pick its algorithm; giving the key to parties that should only verify (use RS256 or EdDSA for them).";

const JWT_GUIDE_256: Guide = Guide {
    purpose: "The HMAC key that signs and verifies JWTs with HS256. RFC 7518 requires a key at least as long as the hash: 32 bytes (256 bits); the default is exactly that, as base64url.",
    lifetime: JWT_LIFETIME,
    storage: JWT_STORAGE,
    avoid: JWT_AVOID,
};
const JWT_GUIDE_384: Guide = Guide {
    purpose: "The HMAC key that signs and verifies JWTs with HS384. RFC 7518 requires a key at least as long as the hash: 48 bytes (384 bits); the default is exactly that, as base64url.",
    lifetime: JWT_LIFETIME,
    storage: JWT_STORAGE,
    avoid: JWT_AVOID,
};
const JWT_GUIDE_512: Guide = Guide {
    purpose: "The HMAC key that signs and verifies JWTs with HS512. RFC 7518 requires a key at least as long as the hash: 64 bytes (512 bits); the default is exactly that, as base64url.",
    lifetime: JWT_LIFETIME,
    storage: JWT_STORAGE,
    avoid: JWT_AVOID,
};

impl Preset {
    pub const ALL: [Preset; 12] = [
        Preset::ApiKey,
        Preset::Session,
        Preset::Refresh,
        Preset::PasswordReset,
        Preset::EmailVerification,
        Preset::HighSecurity,
        Preset::JwtHs256,
        Preset::JwtHs384,
        Preset::JwtHs512,
        Preset::UuidV4,
        Preset::UuidV7,
        Preset::Custom,
    ];

    /// The option value used by the page (`data-testid="preset"`).
    pub fn id(self) -> &'static str {
        match self {
            Preset::ApiKey => "api-key",
            Preset::Session => "session",
            Preset::Refresh => "refresh",
            Preset::PasswordReset => "password-reset",
            Preset::EmailVerification => "email-verification",
            Preset::HighSecurity => "high-security",
            Preset::JwtHs256 => "jwt-hs256",
            Preset::JwtHs384 => "jwt-hs384",
            Preset::JwtHs512 => "jwt-hs512",
            Preset::UuidV4 => "uuid-v4",
            Preset::UuidV7 => "uuid-v7",
            Preset::Custom => "custom",
        }
    }

    pub fn from_id(id: &str) -> Result<Self, TokenError> {
        Self::ALL
            .into_iter()
            .find(|p| p.id() == id)
            .ok_or_else(|| TokenError::UnknownPreset(excerpt(id)))
    }

    pub fn info(self) -> &'static PresetInfo {
        // PRESETS is in the same order as ALL (checked by a test).
        &PRESETS[self as usize]
    }

    pub fn label(self) -> &'static str {
        self.info().label
    }

    pub fn guide(self) -> &'static Guide {
        &self.info().guide
    }

    pub fn kind(self) -> PresetKind {
        self.info().kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_ids_and_round_trip() {
        for (i, p) in Preset::ALL.into_iter().enumerate() {
            assert_eq!(PRESETS[i].preset, p);
            assert_eq!(Preset::from_id(p.id()), Ok(p));
            let info = p.info();
            assert!(
                info.min_length <= info.length && info.length <= info.max_length,
                "{p:?}"
            );
            assert!(info.max_length <= MAX_LENGTH);
            for (_, text) in info.guide.items() {
                assert!(text.len() > 20, "{p:?}");
            }
        }
        assert!(matches!(
            Preset::from_id("API-KEY"),
            Err(TokenError::UnknownPreset(_))
        ));
    }

    #[test]
    fn ranges_cover_what_people_use() {
        let covers = |p: Preset, lo: usize, hi: usize| {
            let i = p.info();
            assert!(i.min_length <= lo && i.max_length >= hi, "{p:?}");
        };
        covers(Preset::EmailVerification, 16, 32);
        covers(Preset::PasswordReset, 32, 64);
        covers(Preset::Session, 32, 64);
        covers(Preset::ApiKey, 32, 128);
        covers(Preset::HighSecurity, 64, 1024);
    }

    #[test]
    fn single_use_presets_say_so() {
        for p in [Preset::PasswordReset, Preset::EmailVerification] {
            let l = p.guide().lifetime;
            assert!(l.contains("Single use") && l.contains("expir"), "{p:?}");
        }
        for p in [
            Preset::ApiKey,
            Preset::Session,
            Preset::Refresh,
            Preset::PasswordReset,
            Preset::EmailVerification,
        ] {
            assert!(p.guide().storage.contains("hash"), "{p:?}");
        }
    }
}
