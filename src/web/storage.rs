//! Remembering settings between visits in `localStorage`.
//!
//! Only settings go here (which preset, format, length...), never a token, key or
//! hash: callers pass setting values only. Storage can be missing or refuse
//! (private windows, disabled storage, a full quota); then nothing is remembered
//! and the page carries on with its defaults.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value stored under `key`, if storage is available and holds one.
pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; `false` when storage is unavailable or full.
pub fn save(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}
