"""newstext: multilingual news text for South-East Asia.

Raw article text as scraped from news sites goes in (English, Indonesian,
Vietnamese); a typed `Article` comes out: title, publication date, byline,
source, and every line as a typed block with its language and offsets.
Then the analysis: sentences, tokens, Vietnamese words, normalized forms,
stems and stopword flags.

>>> import newstext
>>> a = newstext.parse("Defence ties deepen\\n\\nThe two defence ministers met in Hanoi on Monday.")
>>> a.title
'Defence ties deepen'
>>> [w.text for w in newstext.words("Hội nghị quốc phòng")]
['Hội nghị', 'quốc phòng']

Offsets: `start`/`end` are Python string indices into the text given
(decoded, for bytes); `start_byte`/`end_byte` are the UTF-8 byte offsets of
the Rust crate and its JSON (`to_json()`).
"""

from ._newstext import (
    AnalyzedArticle,
    AnalyzedBlock,
    AnalyzedToken,
    Article,
    Block,
    Byline,
    Detection,
    NewstextError,
    Sentence,
    Token,
    Word,
    analyze,
    analyze_many,
    detect,
    normalize,
    parse,
    parse_many,
    sentences,
    stem,
    tokenize,
    words,
)

__all__ = [
    "AnalyzedArticle",
    "AnalyzedBlock",
    "AnalyzedToken",
    "Article",
    "Block",
    "Byline",
    "Detection",
    "NewstextError",
    "Sentence",
    "Token",
    "Word",
    "analyze",
    "analyze_many",
    "detect",
    "normalize",
    "parse",
    "parse_many",
    "sentences",
    "stem",
    "tokenize",
    "words",
]
