//! UTF-8 byte offsets as Python string indices (code points).

/// Converts byte offsets of one text into code-point indices; cheapest when
/// asked in increasing order, as blocks and tokens come.
pub struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        CharIndex {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point index of byte offset `b` (a char boundary; clamped to
    /// the text).
    pub fn at(&mut self, b: usize) -> usize {
        if self.ascii {
            return b.min(self.text.len());
        }
        let b = b.min(self.text.len());
        if b < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_match_chars() {
        let t = "Hà Nội, quốc phòng";
        let mut ci = CharIndex::new(t);
        for (i, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(ci.at(b), i);
        }
        assert_eq!(ci.at(t.len()), t.chars().count());
        assert_eq!(ci.at(0), 0, "backwards works too");
    }
}
