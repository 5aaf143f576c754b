//! Reading a `Blob` (a picked or dropped `File`) in chunks, never whole: each chunk
//! is a `Blob.slice(..).arrayBuffer()` held by JavaScript, copied into one small
//! reused buffer in wasm memory piece by piece. Wasm memory therefore stays the
//! same whatever the file size. Between chunks (and every few milliseconds of work
//! inside one) the loop waits on the browser, so the page keeps painting and
//! answering input. A [`CancelFlag`] stops it between pieces.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, FileList, MessageChannel};

use crate::core::hash::{HashAlgorithm, MultiHasher};

/// How much of the file is asked from the browser at a time.
pub const CHUNK_BYTES: u64 = 2 * 1024 * 1024;
/// The buffer inside wasm memory that every chunk is copied through.
pub const PIECE_BYTES: usize = 64 * 1024;
/// Longest stretch of hashing before the loop lets the browser run.
const SLICE_MS: f64 = 25.0;

/// Shared "stop" switch for a running read.
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(Rc<Cell<bool>>);

impl CancelFlag {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn cancel(&self) {
        self.0.set(true);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.get()
    }
}

/// Why a read stopped early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Cancelled,
    Failed(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Cancelled => f.write_str("Cancelled."),
            Self::Failed(why) => write!(
                f,
                "The file could not be read ({why}). It may have been moved or changed; pick it again."
            ),
        }
    }
}

fn js_reason(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The size of a blob in bytes.
pub fn blob_len(blob: &Blob) -> u64 {
    // `as` saturates: NaN and negatives become 0.
    blob.size() as u64
}

/// The files of a `FileList` (from an `<input type=file>` or a drop).
pub fn files_of(list: &FileList) -> Vec<File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Resolves on a later task, so the browser can render and handle input in
/// between. A `MessageChannel` message rather than `setTimeout(0)`: timers are
/// clamped to 4 ms when nested and to once a second in background tabs.
pub async fn next_task() {
    let Ok(channel) = MessageChannel::new() else {
        return;
    };
    let promise = Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
        if channel.port2().post_message(&JsValue::UNDEFINED).is_err() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
    channel.port1().close();
}

/// Reads `blob` front to back in chunks of `chunk_bytes`, handing its bytes in
/// order to `on_bytes` (in pieces of at most [`PIECE_BYTES`]) and the number of
/// bytes read so far to `on_progress` after every chunk. Returns the total read.
pub async fn read_blob(
    blob: &Blob,
    chunk_bytes: u64,
    cancel: &CancelFlag,
    mut on_bytes: impl FnMut(&[u8]),
    mut on_progress: impl FnMut(u64),
) -> Result<u64, ReadError> {
    let total = blob_len(blob);
    let chunk_bytes = chunk_bytes.max(1);
    let mut piece = vec![0u8; PIECE_BYTES];
    let mut done: u64 = 0;
    while done < total {
        if cancel.is_cancelled() {
            return Err(ReadError::Cancelled);
        }
        let end = done.saturating_add(chunk_bytes).min(total);
        let part = blob
            .slice_with_f64_and_f64(done as f64, end as f64)
            .map_err(|e| ReadError::Failed(js_reason(&e)))?;
        let buffer = JsFuture::from(part.array_buffer())
            .await
            .map_err(|e| ReadError::Failed(js_reason(&e)))?;
        let chunk = Uint8Array::new(&buffer);
        let len = chunk.length();
        if len == 0 {
            return Err(ReadError::Failed("it ended early".into()));
        }
        let mut slice_start = js_sys::Date::now();
        let mut at: u32 = 0;
        while at < len {
            if cancel.is_cancelled() {
                return Err(ReadError::Cancelled);
            }
            let n = (len - at).min(PIECE_BYTES as u32);
            let Some(dst) = piece.get_mut(..n as usize) else {
                return Err(ReadError::Failed("internal buffer".into()));
            };
            chunk.subarray(at, at + n).copy_to(dst);
            on_bytes(dst);
            at += n;
            if at < len && js_sys::Date::now() - slice_start > SLICE_MS {
                next_task().await;
                slice_start = js_sys::Date::now();
            }
        }
        done = done.saturating_add(u64::from(len));
        on_progress(done);
    }
    Ok(done)
}

/// Hashes `blob` with every algorithm in `algorithms` in one pass over its bytes.
pub async fn hash_blob(
    blob: &Blob,
    algorithms: &[HashAlgorithm],
    cancel: &CancelFlag,
    on_progress: impl FnMut(u64),
) -> Result<Vec<(HashAlgorithm, Vec<u8>)>, ReadError> {
    let mut hasher = MultiHasher::new(algorithms);
    read_blob(
        blob,
        CHUNK_BYTES,
        cancel,
        |bytes| hasher.update(bytes),
        on_progress,
    )
    .await?;
    Ok(hasher.finalize())
}

/// Bytes currently reserved by this page's wasm memory.
pub fn wasm_memory_bytes() -> u64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|b| u64::from(b.byte_length()))
                .unwrap_or(0)
        })
        .unwrap_or(0)
}
