//! Comparisons of `newstext` with peer crates.
//!
//! This workspace member is never published. It holds the peer crates
//! (tantivy, charabia, icu4x, alyze, lingua, ...) so that the library's own
//! `cargo test` never compiles them. It is empty until the comparisons land.
