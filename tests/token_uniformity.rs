//! Chi-square uniformity of the sampler, and proof that the check can fail.
//!
//! Threshold: the chi-square critical value with n - 1 degrees of freedom at
//! an upper-tail probability of 10^-9 (computed once with the regularised
//! incomplete gamma function and rounded up). A correct sampler fails it about
//! once in a billion runs; modulo bias exceeds it many times over.

use clean_dm::core::random::{BufferedSource, FixedBytes, SystemRandom, MAX_REQUEST};
use clean_dm::core::token::alphabet::Sampler;
use clean_dm::core::token::{CharsetOptions, Format, Length, Preset, TokenSpec};

const DRAWS: usize = 1_000_000;

/// (alphabet size, chi-square critical value at p = 1e-9 with n - 1 df).
const CRITICAL: [(usize, f64); 8] = [
    (2, 37.33),
    (10, 60.67),
    (26, 92.79),
    (58, 145.86),
    (62, 152.03),
    (64, 155.08),
    (85, 186.34),
    (94, 199.34),
];

fn critical(n: usize) -> f64 {
    CRITICAL
        .iter()
        .find(|(k, _)| *k == n)
        .map(|(_, c)| *c)
        .expect("size in the table")
}

fn chi_square(counts: &[u64]) -> f64 {
    let total: u64 = counts.iter().sum();
    let expected = total as f64 / counts.len() as f64;
    counts
        .iter()
        .map(|&c| (c as f64 - expected).powi(2) / expected)
        .sum()
}

fn counts_of(indices: &[u8], n: usize) -> Vec<u64> {
    let mut counts = vec![0u64; n];
    for &i in indices {
        counts[usize::from(i)] += 1;
    }
    counts
}

#[test]
fn sampler_is_uniform_for_every_size() {
    let mut src = BufferedSource::new(SystemRandom, MAX_REQUEST);
    for (n, crit) in CRITICAL {
        let indices = Sampler::new(n).unwrap().draw(&mut src, DRAWS).unwrap();
        assert_eq!(indices.len(), DRAWS);
        let counts = counts_of(&indices, n);
        assert!(
            counts.iter().all(|&c| c > 0),
            "n = {n}: a symbol never came up"
        );
        let chi2 = chi_square(&counts);
        assert!(chi2 < crit, "n = {n}: chi-square {chi2:.1} is above {crit}");
    }
}

#[test]
fn modulo_sampler_fails_the_same_check() {
    // Perfectly even bytes: 0, 1, ..., 255, 0, 1, ... The bias comes from the
    // modulo alone: 256 = 2 * 94 + 68, so symbols 0..67 get 3 of every 256
    // bytes and 68..93 only 2.
    let bytes: Vec<u8> = (0..=255u8).cycle().take(2 * DRAWS).collect();
    let n = 94;
    let biased: Vec<u8> = bytes[..DRAWS].iter().map(|b| b % n as u8).collect();
    let chi2 = chi_square(&counts_of(&biased, n));
    assert!(chi2 > critical(n), "byte % 94 passed with {chi2:.1}");
    assert!(
        chi2 > 100.0 * critical(n),
        "the bias should be glaring, got {chi2:.1}"
    );

    // The real sampler, fed the same kind of bytes, passes.
    let mut src = FixedBytes::new(bytes);
    let fair = Sampler::new(n).unwrap().draw(&mut src, DRAWS).unwrap();
    let chi2 = chi_square(&counts_of(&fair, n));
    assert!(
        chi2 < critical(n),
        "mask-and-reject failed on even bytes with {chi2:.1}"
    );
}

/// The same check on the characters of real tokens, through `TokenSpec`.
fn token_chars_are_uniform(mut spec: TokenSpec, n: usize) {
    spec.length = Length::Chars(1000);
    spec.count = DRAWS / 1000;
    let tokens = spec.generate_system(0).unwrap();
    let mut counts = std::collections::HashMap::new();
    for t in &tokens {
        for c in t.chars() {
            *counts.entry(c).or_insert(0u64) += 1;
        }
    }
    assert_eq!(
        counts.len(),
        n,
        "{:?}: not every symbol came up",
        spec.format
    );
    let counts: Vec<u64> = counts.into_values().collect();
    assert_eq!(counts.iter().sum::<u64>(), DRAWS as u64);
    let chi2 = chi_square(&counts);
    assert!(
        chi2 < critical(n),
        "{:?}: chi-square {chi2:.1}",
        spec.format
    );
}

#[test]
fn token_characters_are_uniform() {
    let mut s = TokenSpec::new(Preset::Custom);
    s.format = Format::Base58;
    token_chars_are_uniform(s.clone(), 58);
    s.format = Format::Base62;
    token_chars_are_uniform(s.clone(), 62);
    s.format = Format::Charset;
    s.charset = CharsetOptions {
        upper: true,
        lower: true,
        digits: true,
        symbols: true,
        exclude_lookalikes: false,
        require_each_class: true,
    };
    token_chars_are_uniform(s.clone(), 94);
    s.format = Format::CustomAlphabet;
    // 85 symbols, as in Z85: digits, letters and 23 punctuation marks.
    s.custom_alphabet =
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
            .into();
    token_chars_are_uniform(s, 85);
}
