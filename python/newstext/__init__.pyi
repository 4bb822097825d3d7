"""Type stubs of newstext (the native module `newstext._newstext`)."""

import datetime
from typing import Any, Iterable, Literal, Optional, Union, overload

class NewstextError(ValueError):
    """An input newstext cannot read.

    `kind` is `"invalid_utf8"`, `"empty"` or `"too_large"`; `offset` the
    byte where invalid UTF-8 starts (else `None`); `index` the position of
    the failing text in a batch call.
    """

    kind: str
    offset: Optional[int]
    index: int

class Block:
    """One line (or part of a line) of an article, typed."""

    kind: str
    """`"title"`, `"date"`, `"dateline"`, `"heading"`, `"paragraph"`,
    `"caption"`, `"byline"`, `"attribution"`, `"related"`, `"boilerplate"`."""
    text: str
    lang: Optional[str]
    """ISO 639-1 code (`"vi"`) or `None`."""
    start: int
    """String index into the input."""
    end: int
    start_byte: int
    """UTF-8 byte offset into the input."""
    end_byte: int
    credit: Optional[str]
    """A caption's photo credit."""
    translation_of: Optional[int]
    """For a translation, the index of the block it translates."""
    confidence: float
    """How sure the parser is of the kind, 0–1."""

class Byline:
    """The credit line: authors, translators, editors."""

    text: str
    authors: list[str]
    translators: list[str]
    editors: list[str]

class Article:
    """A parsed article."""

    @property
    def title(self) -> Optional[str]:
        """The headline."""
    @property
    def published(self) -> Union[datetime.date, datetime.datetime, None]:
        """A `date` when the text gives no time, a naive `datetime` when it
        gives no UTC offset, an aware one otherwise."""
    @property
    def byline(self) -> Optional[Byline]:
        """The byline."""
    @property
    def source(self) -> Optional[str]:
        """The agency or outlet credited (`"VNA"`, `"TEMPO.CO"`)."""
    @property
    def lang(self) -> Optional[str]:
        """The article's language, an ISO 639-1 code."""
    @property
    def blocks(self) -> list[Block]:
        """Every line, typed, in order."""
    def to_json(self) -> str:
        """The crate's JSON, exactly (byte offsets)."""
    def to_dict(self) -> dict[str, Any]:
        """`json.loads(self.to_json())`."""

class AnalyzedToken:
    """One analysed token (a whole word in Vietnamese)."""

    text: str
    kind: str
    start: int
    end: int
    start_byte: int
    end_byte: int
    norm: str
    stem: Optional[str]
    stop: bool

class AnalyzedBlock:
    """The analysis of one block."""

    sentences: list[tuple[int, int]]
    """Sentence spans as string indices."""
    tokens: list[AnalyzedToken]

class AnalyzedArticle:
    """An article with the analysis of every block."""

    @property
    def article(self) -> Article:
        """The article analysed."""
    @property
    def blocks(self) -> list[AnalyzedBlock]:
        """`blocks[i]` analyses `article.blocks[i]`."""
    def to_json(self) -> str:
        """The crate's JSON, exactly (byte offsets)."""
    def to_dict(self) -> dict[str, Any]:
        """`json.loads(self.to_json())`."""

class Detection:
    """A language detection."""

    lang: str
    confidence: float
    reliable: bool

class Token:
    """A token and its offsets."""

    text: str
    kind: str
    start: int
    end: int
    start_byte: int
    end_byte: int

class Word:
    """A Vietnamese word: one or more syllables."""

    text: str
    start: int
    end: int
    start_byte: int
    end_byte: int
    syllables: int

class Sentence:
    """A sentence and its offsets."""

    text: str
    start: int
    end: int
    start_byte: int
    end_byte: int

def sentences(text: str, lang: Optional[str] = None) -> list[Sentence]:
    """The sentences of a text, with the abbreviations of `lang`."""

def parse(text: Union[str, bytes]) -> Article:
    """Parses raw article text (str, or UTF-8 bytes); raises
    `NewstextError` for invalid UTF-8, empty input or input over the size
    limit."""

@overload
def parse_many(texts: Iterable[Union[str, bytes]], errors: Literal["raise"] = "raise") -> list[Article]: ...
@overload
def parse_many(texts: Iterable[Union[str, bytes]], errors: Literal["none"]) -> list[Optional[Article]]: ...
def analyze(text_or_article: Union[str, bytes, Article]) -> AnalyzedArticle:
    """Analyses an article (text is parsed first)."""

@overload
def analyze_many(items: Iterable[Union[str, bytes, Article]], errors: Literal["raise"] = "raise") -> list[AnalyzedArticle]: ...
@overload
def analyze_many(items: Iterable[Union[str, bytes, Article]], errors: Literal["none"]) -> list[Optional[AnalyzedArticle]]: ...
def detect(text: str, context: Optional[str] = None) -> Optional[Detection]:
    """The language of a text, optionally in its document's context."""

def tokenize(text: str) -> list[Token]:
    """Tokens with kinds and offsets."""

def words(text: str) -> list[Word]:
    """Vietnamese words: syllables grouped into words."""

def normalize(text: str, preset: Literal["search", "analysis"] = "search") -> str:
    """Normalized text: `search` folds diacritics, `analysis` keeps them."""

def stem(word: str, lang: str) -> str:
    """The stem (English) or root (Indonesian) of a word."""
