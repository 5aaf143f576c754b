//! Decimal text for the few non-integer numbers the page shows (entropy bits, speeds,
//! percentages), written with integer arithmetic: Rust's float formatting would add its
//! tables and code (about 25 KB) to the page for a handful of labels.

/// `x` rounded half away from zero to `decimals` places (at most 6), e.g. `fixed(2.25, 1)`
/// is "2.3". Not-a-number is "?", infinities are "∞"/"-∞", and magnitudes of 10^19 and
/// more, which the page never shows, are written as "≥1e19".
pub fn fixed(x: f64, decimals: u32) -> String {
    if x.is_nan() {
        return "?".into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}∞");
    }
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let scaled = (x.abs() * scale as f64).round();
    if scaled >= 1e19 {
        return format!("{sign}≥1e19");
    }
    let n = scaled as u64;
    // "-0.0" reads oddly: a value that rounds to zero has no sign.
    let sign = if n == 0 { "" } else { sign };
    if decimals == 0 {
        format!("{sign}{n}")
    } else {
        let width = decimals as usize;
        format!("{sign}{}.{:0width$}", n / scale, n % scale)
    }
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn rounds_like_the_labels_need() {
        assert_eq!(fixed(190.5, 1), "190.5");
        assert_eq!(fixed(2.25, 1), "2.3");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(9.96, 1), "10.0");
        assert_eq!(fixed(3.0, 0), "3");
        assert_eq!(fixed(37.0, 0), "37");
        assert_eq!(fixed(0.123, 2), "0.12");
        assert_eq!(fixed(1.005, 2), "1.00"); // 1.005 is 1.00499... in binary
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(1024.0, 1), "1024.0");
        assert_eq!(fixed(0.5, 3), "0.500");
    }

    #[test]
    fn odd_values_never_panic() {
        assert_eq!(fixed(f64::NAN, 1), "?");
        assert_eq!(fixed(f64::INFINITY, 1), "∞");
        assert_eq!(fixed(f64::NEG_INFINITY, 0), "-∞");
        assert_eq!(fixed(1e300, 1), "≥1e19");
        assert_eq!(fixed(12.5, 99), "12.500000");
    }
}
