//! Indonesian root words (kata dasar), one per line with its weight
//! (`word<TAB>weight`), lowercase ASCII, sorted: the default dictionary of
//! `newstext`'s Indonesian stemmer.
//!
//! The list is data, licensed CC BY-SA 3.0 (see the README: where it comes
//! from and how `newstext`'s `build_id_roots` example rebuilds it).
//!
//! ```
//! let roots = newstext_id_roots::ROOTS.lines().filter_map(|l| l.split('\t').next());
//! assert!(roots.clone().any(|w| w == "kata"));
//! assert!(roots.clone().all(|w| w.bytes().all(|b| b.is_ascii_lowercase())));
//! ```

/// The roots, one per line: `word<TAB>weight`.
pub const ROOTS: &str = include_str!("../data/roots.txt");
