//! Thin browser glue: everything here talks to web APIs and holds no business logic.
pub mod clipboard;
pub mod dom;
pub mod download;
pub mod file_reader;
pub mod storage;
pub mod time;
