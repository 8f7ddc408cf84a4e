"""Where tests find the examples we ship and the third-party data in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


def seed(prefix: str) -> Path:
    """A seed file from ../shared/seeds (third-party: read in place, never copied)."""
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return found[0]


# Debian's Chromium, driven headless by Playwright; the flags keep it off the closed network.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
