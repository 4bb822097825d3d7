//! Indonesian root words (kata dasar), one per line, lowercase ASCII,
//! sorted: the default dictionary of `newstext`'s Indonesian stemmer.
//!
//! The list is data, licensed CC BY-SA 3.0 (see the README: where it comes
//! from and how `newstext`'s `build_id_roots` example rebuilds it).
//!
//! ```
//! assert!(newstext_id_roots::ROOTS.lines().any(|w| w == "kata"));
//! ```

/// The roots, one per line.
pub const ROOTS: &str = include_str!("../data/roots.txt");
