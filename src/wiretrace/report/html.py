"""Self-contained HTML reports: one comparison, and story families with their trees.

Everything a page needs (CSS, JS, the family graphs as SVG) is inlined; the page fetches
nothing, opens from disk and prints on A4. All text goes through Jinja2 with autoescape
on, and a Content-Security-Policy lets only our own script (by hash) run. Article URLs
become links only when their scheme is http or https.

The data behind each page is built in :mod:`wiretrace.report.views`; this module holds
the templates' environment and turns views into pages. The comparison view is the
partial ``_comparison.html.j2`` fed by :func:`comparison_view`, so the web UI can embed
it in its own pages.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..article import Comparison
from .views import (
    KINDS,
    NODE_H,
    NODE_W,
    FamilyView,
    comparison_view,
    family_view,
    safe_url,
)

__all__ = [
    "PALETTE",
    "FamilyView",
    "comparison_view",
    "environment",
    "family_view",
    "render_comparison",
    "render_families",
    "safe_url",
    "write_comparison",
    "write_families",
]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# (text colour, background colour); tests check each pair for WCAG AA contrast (>= 4.5).
PALETTE: dict[str, tuple[str, str]] = {
    "text": ("#1a1a1a", "#ffffff"),
    "muted": ("#545454", "#ffffff"),
    "link": ("#0b4fa8", "#ffffff"),
    "verbatim": ("#11612a", "#e4f3e8"),
    "light_edit": ("#6b4a00", "#fbf0cc"),
    "paraphrase": ("#6a2c91", "#f2e8f8"),
    "partial_reuse": ("#0e5a66", "#e0f2f4"),
    "added": ("#0b4f8a", "#e3eef9"),
    "dropped": ("#9a1c1c", "#fbe6e6"),
    "ins": ("#0d4d22", "#c9eed3"),
    "del": ("#7d1212", "#f8d3d3"),
    "rep": ("#5e3a00", "#fbdfb8"),
    "quote": ("#ffffff", "#4a3a8c"),
    "change": ("#ffffff", "#a3361a"),
    "active": ("#1a1a1a", "#fff1a6"),
}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment for all report templates (autoescape on everywhere)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["palette"] = PALETTE
    env.globals["kinds"] = KINDS
    env.globals["graph"] = {"node_w": NODE_W, "node_h": NODE_H}
    return env


def _page_assets(env: jinja2.Environment) -> dict[str, Any]:
    script = env.get_template("_report.js.j2").render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    return {"script": Markup(script), "csp": csp}  # our own static file


# -- pages -------------------------------------------------------------------------------


def render_comparison(cmp: Comparison) -> str:
    """One self-contained HTML page showing ``cmp``."""
    env = environment()
    view = comparison_view(cmp)
    title = f"{cmp.copy.title or cmp.copy.id} vs {cmp.source.title or cmp.source.id}"
    return env.get_template("comparison.html.j2").render(
        view=view, title=title, **_page_assets(env)
    )


def _write_atomic(text: str, path: str | os.PathLike[str]) -> None:
    # One implementation of "whole file or nothing" for every output the CLI writes.
    from ..textreport import write_atomic

    write_atomic(path, text)


def write_comparison(cmp: Comparison, path: str | os.PathLike[str]) -> None:
    """Write :func:`render_comparison` to ``path`` atomically (temp file + rename)."""
    _write_atomic(render_comparison(cmp), path)


def render_families(
    families: Mapping[str, Any], *, pair_links: Mapping[tuple[str, str], str] | None = None
) -> str:
    """A self-contained page of ``wiretrace.families/1`` with a derivation tree per family.

    ``pair_links`` maps ``(parent_id, child_id)`` to the relative href of that pair's
    comparison report; without an entry a node links to its edge's entry on this page.
    """
    env = environment()
    fams = [f for f in families.get("families") or [] if isinstance(f, Mapping)]
    views = [family_view(f, n, pair_links) for n, f in enumerate(fams)]
    return env.get_template("families.html.j2").render(
        families=views,
        title="wiretrace: story families",
        schema=str(families.get("schema", "")),
        **_page_assets(env),
    )


def write_families(
    families: Mapping[str, Any],
    path: str | os.PathLike[str],
    *,
    pair_links: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """Write :func:`render_families` to ``path`` atomically."""
    _write_atomic(render_families(families, pair_links=pair_links), path)
