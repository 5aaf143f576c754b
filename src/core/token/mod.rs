//! Token engine (issue 3).
