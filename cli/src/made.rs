//! JSON made as it is written: a record's blocks, analysed one at a time
//! from a [`LazyArticle`], never held together.

use newstext::LazyArticle;
use serde::{Serialize, Serializer};

/// A sequence whose items `make()` yields when it is serialized, each
/// written before the next is made.
pub struct Made<F>(pub F);

impl<F, I> Serialize for Made<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// `{"article": …, "blocks": […]}`: the shape of the `analysis` and
/// `compact` results, the article's blocks and theirs made as written.
#[derive(Serialize)]
#[serde(bound = "Made<F>: Serialize")]
pub struct WithBlocks<'l, 'a, F> {
    pub article: &'l LazyArticle<'a>,
    pub blocks: Made<F>,
}
