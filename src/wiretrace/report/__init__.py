"""Reports a person reads: the HTML comparison and family pages, and the word diff they share.

``render_comparison``/``write_comparison`` for ``wiretrace compare --format html``;
``render_families`` for ``wiretrace families --format html``; ``word_diff`` is also used by
the text report.
"""

from __future__ import annotations

from .diff import word_diff
from .html import render_comparison, render_families, write_comparison, write_families

__all__ = [
    "render_comparison",
    "render_families",
    "word_diff",
    "write_comparison",
    "write_families",
]
