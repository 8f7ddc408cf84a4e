"""Corpus engines behind one protocol (:class:`~wiretrace.engine.base.Engine`)."""

from __future__ import annotations

from .base import FAMILIES_SCHEMA, TRACE_SCHEMA, AddResult, Engine

__all__ = ["FAMILIES_SCHEMA", "TRACE_SCHEMA", "AddResult", "Engine"]
