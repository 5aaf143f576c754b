//! Pure Rust logic: no browser, no UI. Tested natively with `cargo test`.
pub mod hash;
pub mod numfmt;
pub mod qr;
pub mod random;
pub mod token;
