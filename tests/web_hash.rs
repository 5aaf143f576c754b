//! Browser tests of the Hash tool: our digests against the browser's own WebCrypto,
//! the chunked Blob reader against one-shot hashing, wasm memory while hashing a
//! large Blob, and the page's text, HMAC and error behaviour.
#![cfg(target_arch = "wasm32")]

use clean_dm::components::hash_tool::HashTool;
use clean_dm::core::hash::{HashAlgorithm, MultiHasher};
use clean_dm::core::random::{ByteSource, SystemRandom};
use clean_dm::web::file_reader::{
    hash_blob, read_blob, wasm_memory_bytes, CancelFlag, ReadError, CHUNK_BYTES, PIECE_BYTES,
};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Blob, HtmlInputElement};

mod web_support;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const MIB: usize = 1024 * 1024;

fn random_bytes(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    SystemRandom.fill(&mut v).expect("crypto.getRandomValues");
    v
}

fn webcrypto_name(alg: HashAlgorithm) -> &'static str {
    match alg {
        HashAlgorithm::Sha1 => "SHA-1",
        HashAlgorithm::Sha256 => "SHA-256",
        HashAlgorithm::Sha384 => "SHA-384",
        HashAlgorithm::Sha512 => "SHA-512",
        other => panic!("WebCrypto has no {other}"),
    }
}

const WEBCRYPTO_ALGS: [HashAlgorithm; 4] = [
    HashAlgorithm::Sha1,
    HashAlgorithm::Sha256,
    HashAlgorithm::Sha384,
    HashAlgorithm::Sha512,
];

/// `crypto.subtle.digest(name, data)`, awaited.
async fn subtle_digest(alg: HashAlgorithm, data: &[u8]) -> Vec<u8> {
    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let promise = subtle
        .digest_with_str_and_u8_array(webcrypto_name(alg), data)
        .unwrap();
    let buf = JsFuture::from(promise).await.unwrap();
    Uint8Array::new(&buf).to_vec()
}

fn blob_of(data: &[u8]) -> Blob {
    let parts = Array::of1(&Uint8Array::from(data));
    Blob::new_with_u8_array_sequence(&parts).unwrap()
}

#[wasm_bindgen_test]
async fn digests_equal_webcrypto_for_random_inputs_of_many_sizes() {
    let sizes = [
        0,
        1,
        3,
        55,
        56,
        63,
        64,
        65,
        111,
        112,
        119,
        120,
        127,
        128,
        129,
        1000,
        4095,
        100_000,
        MIB + 3,
    ];
    let mut checked = 0;
    for &n in &sizes {
        let data = random_bytes(n);
        for alg in WEBCRYPTO_ALGS {
            let ours = alg.digest(&data);
            let theirs = subtle_digest(alg, &data).await;
            assert_eq!(ours, theirs, "{alg} of {n} random bytes");
            // The streaming hasher, fed in uneven pieces, agrees too.
            let mut h = MultiHasher::new(&[alg]);
            for piece in data.chunks(37 + n % 101) {
                h.update(piece);
            }
            let streamed = h.finalize().pop().map(|(_, d)| d);
            assert_eq!(
                streamed.as_deref(),
                Some(&theirs[..]),
                "{alg} streamed, {n} bytes"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, sizes.len() * WEBCRYPTO_ALGS.len());
}

#[wasm_bindgen_test]
async fn chunked_blob_reader_gives_the_one_shot_digest() {
    let all = HashAlgorithm::all();
    for &n in &[
        0usize,
        1,
        999,
        1000,
        1001,
        PIECE_BYTES - 1,
        PIECE_BYTES,
        PIECE_BYTES + 1,
        300_001,
    ] {
        let data = random_bytes(n);
        let blob = blob_of(&data);
        for chunk in [1000u64, 65_536, 100_003, CHUNK_BYTES] {
            let mut hasher = MultiHasher::new(all);
            let mut seen = Vec::new();
            let read = read_blob(
                &blob,
                chunk,
                &CancelFlag::new(),
                |b| hasher.update(b),
                |done| seen.push(done),
            )
            .await
            .unwrap();
            assert_eq!(read, n as u64);
            assert_eq!(hasher.bytes_processed(), n as u64);
            assert!(
                seen.windows(2).all(|w| w[0] < w[1]),
                "progress goes up: {seen:?}"
            );
            assert_eq!(seen.last().copied().unwrap_or(0), n as u64);
            assert_eq!(seen.len() as u64, (n as u64).div_ceil(chunk));
            for (alg, digest) in hasher.finalize() {
                assert_eq!(
                    digest,
                    alg.digest(&data),
                    "{alg}, {n} bytes in chunks of {chunk}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
async fn hash_blob_with_real_chunk_size_equals_webcrypto() {
    // More than two real chunks, ending mid-chunk and mid-piece.
    let data = random_bytes(2 * CHUNK_BYTES as usize + PIECE_BYTES + 7);
    let blob = blob_of(&data);
    let mut progress = Vec::new();
    let digests = hash_blob(&blob, &WEBCRYPTO_ALGS, &CancelFlag::new(), |d| {
        progress.push(d)
    })
    .await
    .unwrap();
    assert_eq!(progress.len(), 3);
    assert_eq!(digests.len(), 4);
    for (alg, digest) in digests {
        assert_eq!(digest, subtle_digest(alg, &data).await, "{alg}");
    }
}

#[wasm_bindgen_test]
async fn cancel_stops_the_read() {
    let data = random_bytes(10_000);
    let blob = blob_of(&data);
    let cancel = CancelFlag::new();
    let mut fed = 0usize;
    let result = read_blob(
        &blob,
        1000,
        &cancel,
        |b| fed += b.len(),
        |done| {
            if done >= 3000 {
                cancel.cancel();
            }
        },
    )
    .await;
    assert_eq!(result, Err(ReadError::Cancelled));
    assert_eq!(fed, 3000);
}

/// A Blob of `repeats` copies of one random MiB; the copies live in the browser's
/// Blob storage, only the one block in wasm memory.
fn repeated_blob(repeats: usize) -> (Vec<u8>, Blob) {
    let block = random_bytes(MIB);
    let js_block = Uint8Array::from(&block[..]);
    let parts = Array::new();
    for _ in 0..repeats {
        parts.push(&js_block);
    }
    let blob = Blob::new_with_u8_array_sequence(&parts).unwrap();
    assert_eq!(blob.size() as usize, repeats * MIB);
    (block, blob)
}

#[wasm_bindgen_test]
async fn wasm_memory_stays_small_while_reading_a_256_mib_blob() {
    const REPEATS: usize = 256;
    let (block, blob) = repeated_blob(REPEATS);
    let before = wasm_memory_bytes();
    let mut peak = before;
    let mut offset = 0usize;
    let mut wrong_at = None;
    let start = js_sys::Date::now();
    let read = read_blob(
        &blob,
        CHUNK_BYTES,
        &CancelFlag::new(),
        |piece| {
            // Every byte arrives, in order: compare with the block it came from.
            let at = offset % MIB;
            if block.get(at..at + piece.len()) != Some(piece) && wrong_at.is_none() {
                wrong_at = Some(offset);
            }
            offset += piece.len();
        },
        |_| peak = peak.max(wasm_memory_bytes()),
    )
    .await
    .unwrap();
    let ms = js_sys::Date::now() - start;
    console_log!(
        "read 256 MiB Blob in {ms:.0} ms; wasm memory before {before} B, peak {peak} B, growth {} B",
        peak - before
    );
    assert_eq!(read, (REPEATS * MIB) as u64);
    assert_eq!(offset, REPEATS * MIB);
    assert_eq!(wrong_at, None, "bytes differ from offset {wrong_at:?}");
    assert!(
        peak - before <= 4 * MIB as u64,
        "wasm memory grew by {} bytes while reading 256 MiB",
        peak - before
    );
}

#[wasm_bindgen_test]
async fn wasm_memory_stays_small_while_hashing_a_64_mib_blob() {
    // 64 MiB, not more: this test binary is a debug build, where SHA-256 is slow.
    const REPEATS: usize = 64;
    let (_block, blob) = repeated_blob(REPEATS);
    // The browser's own SHA-256 of the whole Blob (read into JS memory, not wasm memory).
    let expected = {
        let whole = JsFuture::from(blob.array_buffer()).await.unwrap();
        let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
        let promise = subtle
            .digest_with_str_and_buffer_source("SHA-256", whole.unchecked_ref())
            .unwrap();
        Uint8Array::new(&JsFuture::from(promise).await.unwrap()).to_vec()
    };

    let before = wasm_memory_bytes();
    let mut peak = before;
    let start = js_sys::Date::now();
    let digests = hash_blob(&blob, &[HashAlgorithm::Sha256], &CancelFlag::new(), |_| {
        peak = peak.max(wasm_memory_bytes())
    })
    .await
    .unwrap();
    let ms = js_sys::Date::now() - start;
    let after = wasm_memory_bytes();
    console_log!(
        "64 MiB Blob, SHA-256 (debug build): {ms:.0} ms; wasm memory before {before} B, peak {peak} B, after {after} B, growth {} B",
        peak - before
    );
    assert_eq!(digests, vec![(HashAlgorithm::Sha256, expected)]);
    assert!(
        peak - before <= 4 * MIB as u64,
        "wasm memory grew by {} bytes while hashing 64 MiB",
        peak - before
    );
}

// ---- the page ----

#[wasm_bindgen_test]
async fn page_hashes_text_live_in_every_algorithm_and_encoding() {
    let root = mount::<HashTool>().await;
    type_into(&root, "hash-input", "abc").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert!(find(&root, "hash-legacy-note").is_none());
    // Every algorithm is offered; SHA-1 is marked legacy.
    let options = by_testid(&root, "hash-algorithm")
        .query_selector_all("option")
        .unwrap();
    assert_eq!(options.length(), 8);
    choose(&root, "hash-algorithm", "sha3-256").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
    );
    choose(&root, "hash-algorithm", "sha1").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
    assert!(trimmed_text_of(&root, "hash-legacy-note").contains("SHA-1"));
    choose(&root, "hash-algorithm", "sha256").await;
    choose(&root, "hash-encoding", "base64").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
    );
    choose(&root, "hash-encoding", "hex").await;
    // Input as hex bytes; a malformed one says what is wrong.
    choose(&root, "hash-input-encoding", "hex").await;
    type_into(&root, "hash-input", "61 62 63").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert!(find(&root, "hash-error").is_none());
    type_into(&root, "hash-input", "61 6g").await;
    assert!(
        trimmed_text_of(&root, "hash-error").contains("'g'"),
        "{}",
        trimmed_text_of(&root, "hash-error")
    );
    assert_eq!(trimmed_text_of(&root, "hash-output"), "");
    choose(&root, "hash-input-encoding", "base64").await;
    type_into(&root, "hash-input", "YWJj").await;
    assert_eq!(
        trimmed_text_of(&root, "hash-output"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn page_hmac_matches_rfc4231_and_random_key_has_the_recommended_size() {
    let root = mount::<HashTool>().await;
    type_into(&root, "hash-input", "what do ya want for nothing?").await;
    assert_eq!(
        trimmed_text_of(&root, "hmac-output"),
        "",
        "no tag without a key"
    );
    type_into(&root, "hmac-key", "Jefe").await;
    assert_eq!(
        trimmed_text_of(&root, "hmac-output"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    assert!(trimmed_text_of(&root, "hmac-key-warning").contains("4 bytes"));
    choose(&root, "hmac-key-encoding", "hex").await;
    type_into(&root, "hmac-key", "4a656665").await;
    assert_eq!(
        trimmed_text_of(&root, "hmac-output"),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
    type_into(&root, "hmac-key", "4a65666").await;
    assert!(trimmed_text_of(&root, "hmac-error").starts_with("HMAC key:"));

    choose(&root, "hmac-algorithm", "sha512").await;
    click(&root, "hmac-random-key").await;
    let key: HtmlInputElement = by_testid(&root, "hmac-key").unchecked_into();
    let first = key.value();
    assert_eq!(first.len(), 128, "64 bytes in hex: {first}");
    assert!(first.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(find(&root, "hmac-key-warning").is_none());
    assert!(find(&root, "hmac-error").is_none());
    assert_eq!(trimmed_text_of(&root, "hmac-output").len(), 128);
    click(&root, "hmac-random-key").await;
    assert_ne!(key.value(), first);
    root.remove();
}

#[wasm_bindgen_test]
async fn next_task_resolves_and_lets_timers_run_in_between() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    // A timer queued before the yields must be able to fire while we keep yielding:
    // the loop gives the event loop real turns, not just microtasks.
    let fired = Rc::new(Cell::new(false));
    let flag = fired.clone();
    let cb = Closure::once_into_js(move || flag.set(true));
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0)
        .unwrap();
    let mut turns = 0;
    while !fired.get() {
        clean_dm::web::file_reader::next_task().await;
        turns += 1;
        assert!(turns < 100_000, "the timer never ran between yields");
    }
}
