"""wiretrace: find where a news article came from and what its copies changed."""

from __future__ import annotations

__version__ = "0.1.0"
