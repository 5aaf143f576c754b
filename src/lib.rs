//! Clean-DM: secure tokens, hashes and QR codes made in the browser.
//!
//! `core` is pure Rust and tested natively; `web` is the thin browser glue and
//! `components` the Yew UI, both compiled only for wasm32.
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
