//! Known-answer tests: FIPS 180-4 (SHA-1, SHA-2) and FIPS 202 (SHA-3) example
//! messages, as published by NIST, one-shot and through the streaming hasher.

use clean_dm::core::hash::{hex_lower, HashAlgorithm, MultiHasher};
use HashAlgorithm::*;

const MSG_448: &[u8] = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

/// (algorithm, empty string, "abc", 448-bit message, one million 'a')
const VECTORS: &[(HashAlgorithm, &str, &str, &str, &str)] = &[
    (
        Sha1,
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "a9993e364706816aba3e25717850c26c9cd0d89d",
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
        "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
    ),
    (
        Sha224,
        "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
        "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
        "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525",
        "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67",
    ),
    (
        Sha256,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    ),
    (
        Sha384,
        "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
        "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b",
        "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985",
    ),
    (
        Sha512,
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445",
        "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
    ),
    (
        Sha512_256,
        "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a",
        "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
        "bde8e1f9f19bb9fd3406c90ec6bc47bd36d8ada9f11880dbc8a22a7078b6a461",
        "9a59a052930187a97038cae692f30708aa6491923ef5194394dc68d56c74fb21",
    ),
    (
        Sha3_256,
        "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a",
        "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
        "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376",
        "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1",
    ),
    (
        Sha3_512,
        "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26",
        "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0",
        "04a371e84ecfb5b8b77cb48610fca8182dd457ce6f326a0fd3d7ec2f1e91636dee691fbe0c985302ba1b0d8dc78c086346b533b49c030d99a27daf1139d6e75e",
        "3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859ed311d0a9d5141ce9cc5c66ee689b266a8aa18ace8282a0e0db596c90b0a7b87",
    ),
];

fn one_shot(alg: HashAlgorithm, msg: &[u8]) -> String {
    hex_lower(&alg.digest(msg))
}

#[test]
fn every_algorithm_has_vectors() {
    let covered: Vec<_> = VECTORS.iter().map(|v| v.0).collect();
    assert_eq!(covered, HashAlgorithm::all());
}

#[test]
fn empty_string() {
    for &(alg, want, ..) in VECTORS {
        assert_eq!(one_shot(alg, b""), want, "{alg}");
    }
}

#[test]
fn abc() {
    for &(alg, _, want, ..) in VECTORS {
        assert_eq!(one_shot(alg, b"abc"), want, "{alg}");
    }
}

#[test]
fn message_448_bits() {
    assert_eq!(MSG_448.len() * 8, 448);
    for &(alg, _, _, want, _) in VECTORS {
        assert_eq!(one_shot(alg, MSG_448), want, "{alg}");
    }
}

#[test]
fn one_million_a_one_shot() {
    let msg = vec![b'a'; 1_000_000];
    for &(alg, .., want) in VECTORS {
        assert_eq!(one_shot(alg, &msg), want, "{alg}");
    }
}

/// All eight algorithms in one pass over one million 'a', fed in uneven chunks
/// (sizes cycle through primes and block-boundary neighbours).
#[test]
fn one_million_a_streamed_in_uneven_chunks() {
    let sizes = [
        1usize, 63, 64, 65, 127, 128, 129, 135, 136, 137, 1000, 4093, 65_537,
    ];
    let mut hasher = MultiHasher::new(HashAlgorithm::all());
    let chunk = [b'a'; 65_537];
    let mut left = 1_000_000usize;
    let mut i = 0;
    while left > 0 {
        let n = sizes[i % sizes.len()].min(left);
        hasher.update(&chunk[..n]);
        left -= n;
        i += 1;
    }
    assert!(i > 50, "should take many uneven chunks, took {i}");
    assert_eq!(hasher.bytes_processed(), 1_000_000);
    let out = hasher.finalize();
    assert_eq!(out.len(), VECTORS.len());
    for (&(alg, .., want), (got_alg, got)) in VECTORS.iter().zip(&out) {
        assert_eq!(alg, *got_alg);
        assert_eq!(hex_lower(got), want, "{alg}");
    }
}

#[test]
fn streaming_abc_byte_by_byte() {
    let mut hasher = MultiHasher::new(&[Sha3_256, Sha512_256]);
    for b in b"abc" {
        hasher.update(std::slice::from_ref(b));
    }
    hasher.update(b"");
    let out = hasher.finalize();
    assert_eq!(hex_lower(&out[0].1), VECTORS[6].2);
    assert_eq!(hex_lower(&out[1].1), VECTORS[5].2);
}

/// SHA-3 here is FIPS 202, not the original Keccak (which Ethereum uses):
/// Keccak-256("") is c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470.
#[test]
fn sha3_is_not_keccak() {
    assert_ne!(
        one_shot(Sha3_256, b""),
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    );
}

/// Deterministic pseudo-random bytes (xorshift64*), so the tests need no RNG crate.
fn pseudo_random(len: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        out.extend_from_slice(&seed.wrapping_mul(0x2545_f491_4f6c_dd1d).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Chunked equals one-shot for many input sizes and many random chunkings.
#[test]
fn chunked_equals_one_shot_for_random_sizes() {
    let sizes = [
        0usize, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 135, 136, 137, 200, 1024, 4097, 70_001,
    ];
    for (n, &len) in sizes.iter().enumerate() {
        let data = pseudo_random(len, 0x9E37_79B9_7F4A_7C15 ^ n as u64);
        let cuts = pseudo_random(64, 42 + n as u64);
        let mut hasher = MultiHasher::new(HashAlgorithm::all());
        let mut pos = 0;
        let mut k = 0;
        while pos < len {
            // chunk sizes 1..=300, from the fixed pseudo-random cut bytes
            let step = (usize::from(cuts[k % cuts.len()])
                + usize::from(cuts[(k + 1) % cuts.len()]) % 45
                + 1)
            .min(len - pos);
            hasher.update(&data[pos..pos + step]);
            pos += step;
            k += 1;
        }
        assert_eq!(hasher.bytes_processed(), len as u64);
        for (alg, digest) in hasher.finalize() {
            assert_eq!(digest, alg.digest(&data), "{alg}, {len} bytes");
        }
    }
}
