//! Hashing and HMAC (issue 4).
