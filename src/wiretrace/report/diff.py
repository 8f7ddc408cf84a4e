"""Word-level differences between two texts, for the HTML and text reports.

``word_diff(a, b)`` compares ``a`` (the source side) with ``b`` (the copy side) word
by word and returns runs in the shape ``Quote.diff`` uses::

    [{"op": "equal" | "insert" | "delete" | "replace", "source": str, "copy": str}, ...]

Words and punctuation marks are separate tokens, so ``said,`` -> ``said`` is one small
deletion, not a whole-word substitution. Each run carries its trailing whitespace, so
joining the ``source`` strings gives ``a`` back exactly, and joining the ``copy`` strings
gives ``b`` (an ``insert`` has ``source == ""``, a ``delete`` has ``copy == ""``).
Tokens are compared case-sensitively; whitespace differences alone are not changes.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

from ..normalize import HAN_CHARS

__all__ = ["split_by_length", "word_diff"]

# Chinese and Japanese write no spaces: there each character is a token, so an edit of
# one word marks that word, not the whole clause
_WORD_CHAR = f"(?:(?![{HAN_CHARS}])\\w)"
_TOKEN = re.compile(f"[{HAN_CHARS}]|{_WORD_CHAR}+(?:['’.-]{_WORD_CHAR}+)*|[^\\w\\s]")


def _tokens(text: str) -> tuple[list[str], list[int]]:
    """Tokens of ``text`` and the offsets where each token's run starts.

    ``bounds[k]`` is where token ``k`` starts (token 0 starts at 0, so leading whitespace
    belongs to it); ``bounds[-1] == len(text)``. Slicing ``text[bounds[i]:bounds[j]]`` is
    tokens ``i..j-1`` with the whitespace that follows each.
    """
    toks: list[str] = []
    bounds: list[int] = []
    for m in _TOKEN.finditer(text):
        toks.append(m.group())
        bounds.append(m.start())
    if bounds:
        bounds[0] = 0
    bounds.append(len(text))
    return toks, bounds


def word_diff(a: str, b: str) -> list[dict[str, str]]:
    """Runs of equal, inserted, deleted and replaced words turning ``a`` into ``b``."""
    ta, ba = _tokens(a)
    tb, bb = _tokens(b)
    if not ta and not tb:
        return [{"op": "equal", "source": a, "copy": b}] if (a or b) else []
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    ops: list[dict[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        src = a[ba[i1] : ba[i2]] if i2 > i1 else ""
        cpy = b[bb[j1] : bb[j2]] if j2 > j1 else ""
        ops.append({"op": tag, "source": src, "copy": cpy})
    # text with no tokens on one side (only whitespace) still round-trips
    if not ta and a:
        ops.insert(0, {"op": "equal", "source": a, "copy": ""})
    if not tb and b:
        ops.insert(0, {"op": "equal", "source": "", "copy": b})
    return ops


def split_by_length(
    ops: list[dict[str, str]], side: Literal["source", "copy"], lengths: list[int], sep: int = 1
) -> list[list[tuple[str, str]]]:
    """Cut the ``side`` text of ``ops`` into pieces for consecutive sentences.

    The diff was taken over sentences joined by ``sep`` characters (a space); ``lengths``
    are the sentence lengths. Returns, per sentence, ``(op, text)`` pieces; separators are
    dropped. Used to show a diff of merged or split sentences inside each sentence.
    """
    out: list[list[tuple[str, str]]] = [[] for _ in lengths]
    ends: list[int] = []
    pos = 0
    for n in lengths:
        ends.append(pos + n)
        pos += n + sep
    k = 0
    start = 0
    for op in ops:
        text = op[side]
        cur = 0
        while cur < len(text) and k < len(lengths):
            seg_start = ends[k] - lengths[k]
            abs_pos = start + cur
            if abs_pos < seg_start:  # inside the separator before sentence k
                cur = min(len(text), seg_start - start)
                continue
            take = max(0, min(len(text) - cur, ends[k] - abs_pos))
            if take > 0:
                out[k].append((op["op"], text[cur : cur + take]))
                cur += take
            if start + cur >= ends[k]:
                k += 1
        start += len(text)
    return out
