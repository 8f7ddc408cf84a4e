"""Result data classes. Their ``to_dict()`` output *is* the documented JSON schema
(docs/schema.md); nothing in this module imports from the rest of the package.

Offsets: ``Sentence.start``/``end`` and ``Removed.start``/``end`` index into
``Article.body``, the body exactly as read (decoded, before cleaning and Unicode
normalisation), so a user can always find a sentence in the original text.
``Sentence.text`` is the normalised text the pipeline compares.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

ARTICLE_SCHEMA = "wiretrace.article/1"
COMPARISON_SCHEMA = "wiretrace.comparison/1"

Relation = Literal[
    "verbatim", "light_edit", "paraphrase", "partial_reuse", "same_event", "unrelated"
]
PairKind = Literal["verbatim", "light_edit", "paraphrase"]
QuoteStatus = Literal[
    "verbatim",
    "altered",
    "from_reported_speech",
    "not_in_source",
    "speaker_changed",
    "own_reporting",
]
# quote statuses that say the copy changed nothing of the source's: a quote kept word for
# word, and a part copy's quote of its own interviews
UNCHANGED_QUOTES: frozenset[str] = frozenset({"verbatim", "own_reporting"})
ChangeKind = Literal[
    "name",
    "number",
    "date",
    "time",
    "place",
    "title",
    "attribution",
    "wording",
    "hedge",
    "negation",
]

RELATIONS: tuple[str, ...] = (
    "verbatim",
    "light_edit",
    "paraphrase",
    "partial_reuse",
    "same_event",
    "unrelated",
)
DERIVED_RELATIONS: frozenset[str] = frozenset(
    {"verbatim", "light_edit", "paraphrase", "partial_reuse"}
)


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"i": self.i, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of scraper debris taken out of the body, kept so nothing vanishes silently."""

    reason: str  # byline | timestamp | caption | summary | boilerplate | dateline | ...
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Dateline:
    """``BAMAKO, Nov 13 (Reuters) -`` kept as metadata instead of text."""

    place: str | None
    date: str | None  # as written ("Nov 13"): the year is often implicit
    agency: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "agency": self.agency, "text": self.text}


@dataclass(slots=True)
class Article:
    id: str
    body: str  # as read: offsets of sentences and removed debris point into it
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    path: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The cleaned, normalised text the pipeline reads (sentences joined by spaces)."""
        return " ".join(s.text for s in self.sentences)

    @property
    def when(self) -> dt.date | None:
        """The day the story came out, for ordering and for reading its weekdays: the
        page's own time stamp where the record's header is a later fetch date
        (``meta["published"]``, record.py), else ``date``."""
        published = self.meta.get("published")
        if isinstance(published, str):
            try:
                return dt.date.fromisoformat(published)
            except ValueError:
                pass
        return self.date

    def ref(self) -> dict[str, Any]:
        """The short reference used in trace/families JSON (REF in docs/schema.md)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "outlet": self.outlet,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": ARTICLE_SCHEMA,
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "outlet": self.outlet,
            "byline": self.byline,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "removed": [r.to_dict() for r in self.removed],
            "meta": self.meta,
        }


@dataclass(frozen=True)
class Verdict:
    """A relation with its confidence, the features it was read from and the rule that
    decided, in words; ``Comparison`` carries its parts into the JSON."""

    relation: Relation
    confidence: float
    features: dict[str, float]
    reason: str
    # A longer piece retelling most of its source: compare also reads it the other way
    # round, since a rewrite padded with headings of its own looks the same from here.
    at_length: bool = False


@dataclass(frozen=True, slots=True)
class Alignment:
    """Copy sentences ``copy`` were derived from source sentences ``source``.

    Many-to-many: a rewriter merges two or three source sentences into one (``source`` has
    several indices) or splits one into two (``copy`` has two). A copy sentence appears in at
    most one alignment of a comparison.
    """

    copy: tuple[int, ...]
    source: tuple[int, ...]
    kind: PairKind
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "copy": list(self.copy),
            "source": list(self.source),
            "kind": self.kind,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Quote:
    copy_sentence: int
    text: str
    speaker: str | None
    status: QuoteStatus
    source_sentence: int | None
    source_text: str | None
    diff: list[
        dict[str, str]
    ]  # [{"op": "equal"|"insert"|"delete"|"replace", "source": str, "copy": str}]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "copy_sentence": self.copy_sentence,
            "text": self.text,
            "speaker": self.speaker,
            "status": self.status,
            "source_sentence": self.source_sentence,
            "source_text": self.source_text,
            "diff": self.diff,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    copy_sentence: int
    source_sentence: int
    source_text: str
    copy_text: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "copy_sentence": self.copy_sentence,
            "source_sentence": self.source_sentence,
            "source_text": self.source_text,
            "copy_text": self.copy_text,
            "note": self.note,
        }


@dataclass(slots=True)
class Comparison:
    relation: Relation
    confidence: float
    direction_evidence: list[str]
    source: Article
    copy: Article
    alignments: list[Alignment]
    unaligned_copy: list[int]
    unaligned_source: list[int]
    coverage: dict[str, float]
    quotes: list[Quote] = field(default_factory=list)
    dropped_quotes: list[dict[str, Any]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)

    @property
    def derived(self) -> bool:
        return self.relation in DERIVED_RELATIONS

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": COMPARISON_SCHEMA,
            "relation": self.relation,
            "derived": self.derived,
            "confidence": round(self.confidence, 4),
            "direction_evidence": list(self.direction_evidence),
            "source": self.source.to_dict(),
            "copy": self.copy.to_dict(),
            "alignments": [a.to_dict() for a in self.alignments],
            "unaligned_copy": list(self.unaligned_copy),
            "unaligned_source": list(self.unaligned_source),
            "coverage": {k: round(v, 4) for k, v in self.coverage.items()},
            "quotes": [q.to_dict() for q in self.quotes],
            "dropped_quotes": list(self.dropped_quotes),
            "changes": [c.to_dict() for c in self.changes],
            "features": {k: round(v, 4) for k, v in self.features.items()},
        }
