//! Yew function components, one per file. They render state and call into
//! `core` and `web`; they hold no business logic of their own.
pub mod app;
pub mod coming_soon;
pub mod copy_button;
pub mod hash_tool;
pub mod qr_tool;
pub mod shared_token;
pub mod site_footer;
pub mod site_header;
pub mod tab_bar;
pub mod token_tool;
