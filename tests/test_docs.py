"""Everything a user can name is documented in README.md (datasette's tests/test_docs.py idea): every
setting, every per-document stage, every corpus step and every CLI command. The lists are read from the
registries at collection time, so a stage or command added on another branch is checked too."""
import re

import pytest
from conftest import ROOT

from rasid.cli import COMMANDS
from rasid.registry import CORPUS_STEPS, STAGES
from rasid.settings import SETTINGS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def mentioned(*forms: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", README) for form in forms)


@pytest.mark.parametrize("name", [s.name for s in SETTINGS])
def test_readme_documents_setting(name):
    assert mentioned(f"--{name.replace('_', '-')}", f"`{name}`"), f"setting {name!r} is not in README.md"


@pytest.mark.parametrize("name", list(STAGES))
def test_readme_documents_stage(name):
    assert mentioned(f"`{name}`"), f"stage {name!r} is not in README.md (write it in backticks)"


@pytest.mark.parametrize("name", list(CORPUS_STEPS))
def test_readme_documents_corpus_step(name):
    assert mentioned(f"`{name}`"), f"corpus step {name!r} is not in README.md (write it in backticks)"


@pytest.mark.parametrize("name", list(COMMANDS))
def test_readme_documents_command(name):
    assert mentioned(f"rasid {name}"), f"command 'rasid {name}' is not in README.md"


def test_readme_lists_something():
    assert SETTINGS and STAGES and COMMANDS  # an empty registry would make the checks above vacuous


def test_the_screenshot_script_refuses_to_photograph_an_empty_view(monkeypatch):
    import importlib.util

    import rasid
    from rasid.story import Story

    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts" / "screenshots.py")
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    monkeypatch.setattr(rasid, "analyze", lambda *a, **k: Story([], {"entities": [{"id": "e"}], "timeline": []}))
    with pytest.raises(screenshots.EmptyView, match="statements, timeline, disagreements"):
        screenshots.analysed_story()
