"""The OpenAPI 3.1 description of ``/api/``, written by hand from the JSON the library
emits (docs/schema.md, docs/schema-corpus.md). tests/test_web_schema.py checks the real
responses against it."""

from __future__ import annotations

from typing import Any, get_args

from .. import __version__
from ..article import RELATIONS, QuoteStatus

_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_INT = {"type": "integer"}
_NUM = {"type": "number"}
_NUMS = {"type": "object", "additionalProperties": _NUM}
_STRS = {"type": "array", "items": _STR}
_INTS = {"type": "array", "items": _INT}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    out["required"] = list(props) if required is None else required
    return out


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": _json(_ref("Error"))}


SCHEMAS: dict[str, Any] = {
    "Error": _obj({"error": _STR}),
    "ArticleInput": {
        **_obj(
            {
                "text": {
                    **_STR,
                    "minLength": 1,
                    "description": "the article: plain text, the record format"
                    " (` date YYYY-MM-DD Title` first line), or an HTML page",
                },
                "title": _NSTR,
                "date": {"type": ["string", "null"], "format": "date"},
            },
            ["text"],
        ),
    },
    "NewArticle": _obj(
        {
            "text": {**_STR, "minLength": 1},
            "title": _NSTR,
            "date": {"type": ["string", "null"], "format": "date"},
            "id": _NSTR,
            "url": _NSTR,
            "outlet": _NSTR,
        },
        ["text"],
    ),
    "CompareRequest": _obj({"first": _ref("ArticleInput"), "second": _ref("ArticleInput")}),
    "CompareUpload": _obj(
        {
            "first": {**_STR, "format": "binary"},
            "second": {**_STR, "format": "binary"},
        }
    ),
    "TraceRequest": {
        **_obj(
            {
                "text": {**_STR, "minLength": 1},
                "title": _NSTR,
                "date": {"type": ["string", "null"], "format": "date"},
                "top": {**_INT, "minimum": 1, "maximum": 100, "default": 10},
            },
            ["text"],
        )
    },
    "AddRequest": {
        "oneOf": [
            _ref("NewArticle"),
            {"type": "array", "items": _ref("NewArticle"), "minItems": 1, "maxItems": 1000},
        ]
    },
    "AddResult": _obj(
        {
            "added": _STRS,
            "duplicates": _STRS,
            "failed": {"type": "array", "items": _ref("Error")},
            "total": _INT,
        }
    ),
    "Ref": _obj({"id": _STR, "path": _NSTR, "title": _NSTR, "date": _NSTR, "outlet": _NSTR}),
    "Sentence": _obj({"i": _INT, "text": _STR, "start": _INT, "end": _INT}),
    "Removed": _obj({"reason": _STR, "text": _STR, "start": _INT, "end": _INT}),
    "Dateline": _obj({"place": _NSTR, "date": _NSTR, "agency": _NSTR, "text": _STR}),
    "Article": _obj(
        {
            "schema": {"const": "wiretrace.article/1"},
            "id": _STR,
            "path": _NSTR,
            "title": _NSTR,
            "date": _NSTR,
            "url": _NSTR,
            "outlet": _NSTR,
            "byline": _NSTR,
            "dateline": {"oneOf": [{"type": "null"}, _ref("Dateline")]},
            "sentences": {"type": "array", "items": _ref("Sentence")},
            "removed": {"type": "array", "items": _ref("Removed")},
            "meta": {"type": "object"},
        }
    ),
    "StoredArticle": {
        "allOf": [
            _ref("Article"),
            _obj({"body": _STR, "family": _NSTR}),
        ]
    },
    "Alignment": _obj(
        {
            "copy": _INTS,
            "source": _INTS,
            "kind": {"enum": ["verbatim", "light_edit", "paraphrase"]},
            "score": _NUM,
        }
    ),
    "Quote": _obj(
        {
            "copy_sentence": _INT,
            "text": _STR,
            "speaker": _NSTR,
            "status": {"enum": list(get_args(QuoteStatus))},
            "source_sentence": {"type": ["integer", "null"]},
            "source_text": _NSTR,
            "diff": {"type": "array", "items": {"type": "object"}},
            "note": _STR,
        }
    ),
    "Change": _obj(
        {
            "kind": _STR,
            "copy_sentence": _INT,
            "source_sentence": _INT,
            "source_text": _STR,
            "copy_text": _STR,
            "note": _STR,
        }
    ),
    "Comparison": _obj(
        {
            "schema": {"const": "wiretrace.comparison/1"},
            "relation": {"enum": list(RELATIONS)},
            "derived": {"type": "boolean"},
            "confidence": _NUM,
            "direction_evidence": _STRS,
            "source": _ref("Article"),
            "copy": _ref("Article"),
            "alignments": {"type": "array", "items": _ref("Alignment")},
            "unaligned_copy": _INTS,
            "unaligned_source": _INTS,
            "coverage": _NUMS,
            "quotes": {"type": "array", "items": _ref("Quote")},
            "dropped_quotes": {"type": "array", "items": {"type": "object"}},
            "changes": {"type": "array", "items": _ref("Change")},
            "features": _NUMS,
        }
    ),
    "TraceEntry": {
        "allOf": [
            _ref("Ref"),
            _obj(
                {
                    "relation": {"enum": list(RELATIONS)},
                    "coverage": _NUMS,
                    "score": _NUM,
                    "confidence": _NUM,
                    "similarity": _NUM,
                    "direction": _STRS,
                }
            ),
        ]
    },
    "Trace": _obj(
        {
            "schema": {"const": "wiretrace.trace/1"},
            "query": _ref("Ref"),
            "sources": {"type": "array", "items": _ref("TraceEntry")},
            "copies": {"type": "array", "items": _ref("TraceEntry")},
            "same_event": {"type": "array", "items": _ref("TraceEntry")},
        }
    ),
    "Edge": _obj(
        {
            "parent": _ref("Ref"),
            "child": _ref("Ref"),
            "relation": _STR,
            "coverage": _NUMS,
            "evidence": _STRS,
        }
    ),
    "Family": _obj(
        {
            "id": _STR,
            "origin": _ref("Ref"),
            "members": {"type": "array", "items": _ref("Ref")},
            "edges": {"type": "array", "items": _ref("Edge")},
            "same_event": {"type": "array", "items": _ref("Ref")},
        }
    ),
    "Families": _obj(
        {
            "schema": {"const": "wiretrace.families/1"},
            "families": {"type": "array", "items": _ref("Family")},
            "total": _INT,
        }
    ),
    "Health": _obj({"status": {"const": "ok"}, "articles": _INT}),
}

_BAD = {
    "400": _error("malformed request: not JSON, not an object, or a wrong content type"),
    "413": _error("request body or article over the size limit"),
    "422": _error("invalid input: missing or empty text, a bad field, no article text"),
}
_DATE_Q = {"type": "string", "format": "date"}


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


def _path_id(description: str) -> dict[str, Any]:
    return {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": _STR,
        "description": description,
    }


PATHS: dict[str, Any] = {
    "/api/health": {
        "get": {
            "operationId": "health",
            "summary": "Liveness and the number of stored articles",
            "responses": {"200": {"description": "ok", "content": _json(_ref("Health"))}},
        }
    },
    "/api/compare": {
        "post": {
            "operationId": "compare",
            "summary": "Compare two articles (wiretrace.comparison/1)",
            "parameters": [
                _query(
                    "format",
                    {"enum": ["json", "html"], "default": "json"},
                    "json: the comparison JSON; html: the standalone HTML report",
                )
            ],
            "requestBody": {
                "required": True,
                "content": {
                    **_json(_ref("CompareRequest")),
                    "multipart/form-data": {"schema": _ref("CompareUpload")},
                },
            },
            "responses": {
                "200": {
                    "description": "the comparison",
                    "content": {
                        **_json(_ref("Comparison")),
                        "text/html": {"schema": _STR},
                    },
                },
                **_BAD,
            },
        }
    },
    "/api/trace": {
        "post": {
            "operationId": "trace",
            "summary": "What an article derives from in the store, and what derives from it",
            "requestBody": {"required": True, "content": _json(_ref("TraceRequest"))},
            "responses": {
                "200": {"description": "the trace", "content": _json(_ref("Trace"))},
                **_BAD,
            },
        }
    },
    "/api/articles": {
        "post": {
            "operationId": "addArticles",
            "summary": "Add articles to the store (server started with --allow-add)",
            "security": [{"bearer": []}],
            "requestBody": {"required": True, "content": _json(_ref("AddRequest"))},
            "responses": {
                "201": {"description": "what was added", "content": _json(_ref("AddResult"))},
                "401": _error("no bearer token"),
                "403": _error("adding is disabled, or the token is wrong"),
                **_BAD,
            },
        }
    },
    "/api/articles/{id}": {
        "get": {
            "operationId": "getArticle",
            "summary": "A stored article: cleaned sentences, removed debris, its family id",
            "parameters": [_path_id("the article id in the store")],
            "responses": {
                "200": {"description": "the article", "content": _json(_ref("StoredArticle"))},
                "404": _error("no such article"),
            },
        }
    },
    "/api/families": {
        "get": {
            "operationId": "listFamilies",
            "summary": "Story families of the store, largest and newest first",
            "parameters": [
                _query("from", _DATE_Q, "a member dated on or after this day"),
                _query("to", _DATE_Q, "a member dated on or before this day"),
                _query("outlet", _STR, "a member whose outlet contains this"),
                _query(
                    "relation", {"enum": list(RELATIONS)}, "an edge (or same-event) of this kind"
                ),
                _query("limit", {**_INT, "minimum": 1, "maximum": 1000}, "at most this many"),
                _query("offset", {**_INT, "minimum": 0}, "skip this many"),
            ],
            "responses": {
                "200": {"description": "families", "content": _json(_ref("Families"))},
                "422": _error("a bad filter"),
            },
        }
    },
    "/api/families/{id}": {
        "get": {
            "operationId": "getFamily",
            "summary": "One family with its derivation tree",
            "parameters": [_path_id("the family id (f1, f2, ...)")],
            "responses": {
                "200": {"description": "the family", "content": _json(_ref("Family"))},
                "404": _error("no such family"),
            },
        }
    },
}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "wiretrace API",
            "version": __version__,
            "description": "Where a news article came from and what its copies changed."
            " Errors are JSON objects with one field, `error`.",
        },
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
