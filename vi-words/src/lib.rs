//! The Vietnamese word model of `newstext`'s segmenter: the weights of an
//! averaged perceptron over the gaps between syllables, and its lexicon.
//!
//! The model is data, licensed CC BY-SA 4.0: it is trained on the
//! Vietnamese UD treebank (UD_Vietnamese-VTB, CC BY-SA 4.0) and its
//! lexicon is the `pyvi` word list (MIT, Copyright (c) 2016 Viet-Trung
//! Tran). See the README and LICENSE for the attribution and for how
//! `newstext`'s `train_vi_words` example rebuilds it byte for byte.
//!
//! ```
//! assert!(newstext_vi_words::MODEL.lines().any(|l| l == "layout\t1"));
//! ```

/// The model in `newstext`'s word-model text format.
pub const MODEL: &str = include_str!("../data/model.tsv");
