"""Shared fixtures: where `../shared/` is, the sample corpus, and an analysed sample story."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))
SAMPLE = SHARED / "corpus" / "iraq-coalition"
DATA = SHARED / "data"


def need(path: Path) -> Path:
    """Skip the test, saying what is missing, when shared data is absent."""
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (set RASID_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return need(SAMPLE)


@pytest.fixture(scope="session")
def sample_story(sample_dir):
    import rasid

    return rasid.analyze(sample_dir, quiet=True)


@pytest.fixture(scope="session")
def sample_export(sample_story):
    return sample_story.to_dict()


from store_backends import store_url, synthetic  # noqa: F401 - the store fixtures (SQLite and PostgreSQL)
