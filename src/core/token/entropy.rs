//! Entropy of the exact settings, time to guess, and a verdict.
//!
//! Every token the engine makes is uniform over a known set, so its entropy is
//! `log2(number of possible tokens)`. With "at least one of each class" the set
//! is counted by inclusion-exclusion over the chosen classes:
//! `count = sum over subsets S of (-1)^|S| * (N - size(S))^L`.
//! Bits are computed in the log domain, `L*log2(N) + log2(sum over S of
//! (-1)^|S| * (1 - size(S)/N)^L)`, so 1024-character tokens do not overflow;
//! the exact integer count is kept too whenever it fits in a `u128`.

use crate::core::numfmt::fixed;

/// Guessing rate the time estimate assumes: a well-funded offline attacker.
pub const GUESSES_PER_SECOND: f64 = 1e12;
/// The rate in words, for the page.
pub const GUESS_RATE_TEXT: &str = "10^12 (a trillion) guesses per second";
/// Below this many bits a token is weak (OWASP's minimum for session IDs).
pub const MINIMUM_BITS: f64 = 64.0;
/// From this many bits on a token is strong (the recommendation).
pub const RECOMMENDED_BITS: f64 = 128.0;

/// Slack for bit counts that are whole numbers in exact arithmetic.
const EPS: f64 = 1e-9;

/// How a token's entropy compares with the minimum and the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Below 64 bits: warn.
    Weak,
    /// 64 bits up to (not including) 128.
    Acceptable,
    /// 128 bits or more: recommended.
    Strong,
}

impl Verdict {
    pub fn for_bits(bits: f64) -> Self {
        if bits + EPS < MINIMUM_BITS {
            Verdict::Weak
        } else if bits + EPS < RECOMMENDED_BITS {
            Verdict::Acceptable
        } else {
            Verdict::Strong
        }
    }

    /// A short id, handy as a CSS class: `weak`, `acceptable`, `strong`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Weak => "weak",
            Verdict::Acceptable => "acceptable",
            Verdict::Strong => "strong",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Weak => "Weak",
            Verdict::Acceptable => "Acceptable",
            Verdict::Strong => "Strong",
        }
    }

    /// One sentence for the page.
    pub fn message(self) -> &'static str {
        match self {
            Verdict::Weak => "Weak: below the 64-bit minimum, so it can be guessed. Make it longer or use more symbols.",
            Verdict::Acceptable => "Acceptable: meets the 64-bit minimum; 128 bits or more is recommended.",
            Verdict::Strong => "Strong: 128 bits or more, as recommended.",
        }
    }

    /// Whether the page should show a warning.
    pub fn is_warning(self) -> bool {
        self == Verdict::Weak
    }
}

/// What the page shows about the current settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Entropy {
    /// Bits of entropy of one token (the unpredictable part only).
    pub bits: f64,
    /// Characters in each token, prefix, checksum, hyphens and padding included.
    pub length: usize,
    /// Length in characters that was asked for, when it was (to show rounding).
    pub requested_length: Option<usize>,
    /// Random bytes in each token, for encoded formats, UUIDs (16) and API keys (none).
    pub random_bytes: Option<usize>,
    /// Exact number of possible tokens when it fits in 128 bits.
    pub distinct: Option<u128>,
    pub verdict: Verdict,
    /// Average time to guess one token at `GUESSES_PER_SECOND`, e.g. "5.4 × 10^18 years".
    pub time_to_guess: String,
    /// A remark about the settings, e.g. how the length was rounded.
    pub note: Option<String>,
}

impl Entropy {
    pub(crate) fn new(bits: f64, length: usize, distinct: Option<u128>) -> Self {
        Self {
            bits,
            length,
            requested_length: None,
            random_bytes: None,
            distinct,
            verdict: Verdict::for_bits(bits),
            time_to_guess: time_to_guess(bits),
            note: None,
        }
    }

    /// Bits rounded down to one decimal, without a trailing ".0": "128", "190.5".
    /// Suits the `data-bits` attribute and the display.
    pub fn bits_text(&self) -> String {
        bits_text(self.bits)
    }

    /// One line for the page, e.g. "128 bits · Strong · on average 5.4 × 10^18
    /// years to guess at 10^12 (a trillion) guesses per second".
    pub fn summary(&self) -> String {
        format!(
            "{} bits · {} · on average {} to guess at {}",
            self.bits_text(),
            self.verdict.label(),
            self.time_to_guess,
            GUESS_RATE_TEXT
        )
    }
}

/// Bits rounded down to one decimal, without a trailing ".0".
pub fn bits_text(bits: f64) -> String {
    let tenths = ((bits + EPS) * 10.0).floor().max(0.0) as u64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Bits in `len` symbols drawn uniformly from `n`.
pub fn bits_uniform(n: usize, len: usize) -> f64 {
    len as f64 * (n as f64).log2()
}

/// `n^len` when it fits in a `u128`.
pub fn count_uniform(n: usize, len: usize) -> Option<u128> {
    let len = u32::try_from(len).ok()?;
    (n as u128).checked_pow(len)
}

/// Exact number of strings of `len` symbols over the union of classes of the
/// given sizes that contain at least one symbol of every class, when it fits
/// in a `u128`.
pub fn count_each_class(class_sizes: &[usize], len: usize) -> Option<u128> {
    let k = class_sizes.len();
    if k > 16 {
        return None;
    }
    let total: usize = class_sizes.iter().sum();
    let len = u32::try_from(len).ok()?;
    let (mut plus, mut minus) = (0u128, 0u128);
    for subset in 0u32..(1 << k) {
        let left = total - subset_size(class_sizes, subset);
        let term = (left as u128).checked_pow(len)?;
        if subset.count_ones() % 2 == 0 {
            plus = plus.checked_add(term)?;
        } else {
            minus = minus.checked_add(term)?;
        }
    }
    plus.checked_sub(minus)
}

/// Bits of the set counted by `count_each_class`, in the log domain.
/// 0 when no string qualifies.
pub fn bits_each_class(class_sizes: &[usize], len: usize) -> f64 {
    if let Some(count) = count_each_class(class_sizes, len) {
        return if count == 0 { 0.0 } else { log2_u128(count) };
    }
    let k = class_sizes.len().min(16);
    let total: usize = class_sizes.iter().sum();
    if total == 0 || len < k {
        return 0.0;
    }
    let n = total as f64;
    let mut fraction = 0.0;
    for subset in 0u32..(1 << k) {
        let left = (total - subset_size(class_sizes, subset)) as f64;
        let term = (left / n).powf(len as f64);
        if subset.count_ones() % 2 == 0 {
            fraction += term;
        } else {
            fraction -= term;
        }
    }
    if fraction <= 0.0 {
        return 0.0;
    }
    len as f64 * n.log2() + fraction.log2()
}

fn subset_size(class_sizes: &[usize], subset: u32) -> usize {
    class_sizes
        .iter()
        .enumerate()
        .filter(|(i, _)| subset & (1 << i) != 0)
        .map(|(_, s)| s)
        .sum()
}

/// `log2` of a `u128`, accurate for numbers beyond 2^53.
pub(crate) fn log2_u128(x: u128) -> f64 {
    if x == 0 {
        return f64::NEG_INFINITY;
    }
    let shift = (128 - x.leading_zeros()).saturating_sub(64);
    ((x >> shift) as f64).log2() + f64::from(shift)
}

/// Average time to guess a token of `bits` bits (half the space) at
/// `GUESSES_PER_SECOND`, in words.
pub fn time_to_guess(bits: f64) -> String {
    let log10_seconds = (bits - 1.0) * std::f64::consts::LOG10_2 - GUESSES_PER_SECOND.log10();
    human_duration(log10_seconds)
}

/// A duration given as `log10(seconds)`, in words.
pub fn human_duration(log10_seconds: f64) -> String {
    const YEAR: f64 = 31_557_600.0; // Julian year
    if log10_seconds.is_nan() || log10_seconds < 0.0 {
        return "less than a second".to_string();
    }
    let log10_years = log10_seconds - YEAR.log10();
    if log10_years < 0.0 {
        let seconds = 10f64.powf(log10_seconds);
        for (unit, name) in [
            (86_400.0, "day"),
            (3_600.0, "hour"),
            (60.0, "minute"),
            (1.0, "second"),
        ] {
            if seconds >= unit {
                let n = (seconds / unit).floor() as u64;
                return plural(n, name);
            }
        }
        return "less than a second".to_string();
    }
    if log10_years < 3.0 {
        return plural(10f64.powf(log10_years).floor() as u64, "year");
    }
    for (exp, word) in [
        (6.0, "thousand"),
        (9.0, "million"),
        (12.0, "billion"),
        (15.0, "trillion"),
    ] {
        if log10_years < exp {
            return format!(
                "{} {word} years",
                short_number(10f64.powf(log10_years - (exp - 3.0)))
            );
        }
    }
    if log10_years.is_infinite() {
        return "longer than anyone can count".to_string();
    }
    let mut exp = log10_years.floor();
    let mut mantissa = (10f64.powf(log10_years - exp) * 10.0).floor() / 10.0;
    if mantissa >= 10.0 {
        mantissa /= 10.0;
        exp += 1.0;
    }
    format!("{} × 10^{} years", fixed(mantissa, 1), fixed(exp, 0))
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// 1.0 to 999.9: one decimal below 10, whole above.
fn short_number(x: f64) -> String {
    if x < 10.0 {
        let t = (x * 10.0).floor() / 10.0;
        if t.fract() == 0.0 {
            fixed(t, 0)
        } else {
            fixed(t, 1)
        }
    } else {
        fixed(x.floor(), 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_thresholds() {
        assert_eq!(Verdict::for_bits(63.9), Verdict::Weak);
        assert_eq!(Verdict::for_bits(64.0), Verdict::Acceptable);
        assert_eq!(Verdict::for_bits(127.9), Verdict::Acceptable);
        assert_eq!(Verdict::for_bits(128.0), Verdict::Strong);
        assert!(Verdict::Weak.is_warning());
        assert!(!Verdict::Acceptable.is_warning());
    }

    #[test]
    fn uniform_counts_and_bits() {
        assert_eq!(bits_uniform(16, 32), 128.0);
        assert_eq!(count_uniform(16, 32), None); // 2^128 does not fit
        assert_eq!(count_uniform(16, 31), Some(1u128 << 124));
        assert_eq!(count_uniform(10, 3), Some(1000));
        assert!((bits_uniform(62, 22) - 130.9923).abs() < 1e-3);
    }

    #[test]
    fn each_class_count_by_hand() {
        // Classes of 1 and 1 symbol ("a", "b"), length 2: "ab", "ba".
        assert_eq!(count_each_class(&[1, 1], 2), Some(2));
        // Classes of 2 and 1, length 2: 9 strings minus 4 without the second
        // class minus 1 without the first = 4.
        assert_eq!(count_each_class(&[2, 1], 2), Some(4));
        assert_eq!(count_each_class(&[2, 1], 1), Some(0));
        assert_eq!(count_each_class(&[5], 3), Some(125));
        assert_eq!(bits_each_class(&[2, 1], 2), 2.0);
    }

    #[test]
    fn each_class_bits_match_in_the_log_domain_and_the_exact_count() {
        // Where the exact count fits, the log-domain formula agrees with it.
        let sizes = [26, 26, 10, 32];
        for len in [4, 8, 16, 19] {
            let exact = log2_u128(count_each_class(&sizes, len).unwrap());
            let n = 94f64;
            let mut f = 0.0;
            for s in 0u32..16 {
                let left = 94 - subset_size(&sizes, s);
                let t = (left as f64 / n).powf(len as f64);
                f += if s.count_ones() % 2 == 0 { t } else { -t };
            }
            let log = len as f64 * n.log2() + f.log2();
            assert!((exact - log).abs() < 1e-9, "len {len}: {exact} vs {log}");
        }
        // 1024 characters: no overflow, just below 1024*log2(94).
        let bits = bits_each_class(&sizes, 1024);
        assert!(bits.is_finite());
        assert!(bits <= bits_uniform(94, 1024) && bits > bits_uniform(94, 1024) - 1e-6);
    }

    #[test]
    fn log2_of_big_integers() {
        assert_eq!(log2_u128(1), 0.0);
        assert_eq!(log2_u128(1 << 100), 100.0);
        assert_eq!(log2_u128(u128::MAX), 128.0);
    }

    #[test]
    fn bits_text_rounds_down() {
        assert_eq!(bits_text(128.0), "128");
        assert_eq!(bits_text(190.53), "190.5");
        assert_eq!(bits_text(127.96), "127.9");
        assert_eq!(bits_text(122.0), "122");
    }

    #[test]
    fn guessing_times_in_words() {
        // 2^40 guesses on average at 10^12/s is about 1.1 s.
        assert_eq!(time_to_guess(41.0), "1 second");
        assert_eq!(time_to_guess(20.0), "less than a second");
        // 2^63 / 10^12 s = 9.2e6 s = 106 days.
        assert_eq!(time_to_guess(64.0), "106 days");
        // 2^79 / 10^12 s = 6.04e11 s = 19,150 years.
        assert_eq!(time_to_guess(80.0), "19 thousand years");
        // 2^127 / 10^12 s = 1.70e26 s = 5.39e18 years.
        assert_eq!(time_to_guess(128.0), "5.3 × 10^18 years");
        assert_eq!(time_to_guess(8192.0), "1.7 × 10^2446 years");
        assert_eq!(human_duration(f64::NAN), "less than a second");
        assert_eq!(human_duration(2.0), "1 minute");
        assert_eq!(human_duration(4.0), "2 hours");
    }
}
