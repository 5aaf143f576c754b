//! Clean-DM: secure tokens, hashes and QR codes made in the browser.
pub mod core;
