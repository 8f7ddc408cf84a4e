"""``wiretrace serve``: a web UI and JSON API over a store (see docs/web.md)."""

from __future__ import annotations

from .app import cmd_serve, create_app

__all__ = ["cmd_serve", "create_app"]
