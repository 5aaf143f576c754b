//! QR codes (issue 5).
