"""Bounded caches for pure functions of a text (a sentence, a word, a date phrase).

One compare reads each sentence several times over: its tokens and its filler test in
the alignment, the evidence and the direction, its numbers and dates in every fact
check. Each of those functions is cached per text here, bounded so that a corpus run
does not grow them without end. ``clear()`` empties them all: the speed benchmarks
clear them before each cold run, so a figure never profits from an earlier run's work.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T")

_CACHES: list[Any] = []


def text_cache(maxsize: int = 4096) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """An ``lru_cache`` of ``maxsize`` entries that ``clear()`` empties. The function's
    arguments must be hashable and its result must not be mutated by callers."""

    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cast(Callable[P, T], cached)

    return wrap


def clear() -> None:
    """Forget every cached value."""
    for cached in _CACHES:
        cached.cache_clear()


def size() -> int:
    """How many values the caches hold, all together."""
    return sum(int(cached.cache_info().currsize) for cached in _CACHES)
