"""The API against its own OpenAPI schema: Schemathesis generates requests for every operation and checks
every response with all its checks (status documented, body matching its model, one error shape, content
types, bad input rejected, good input accepted, ...)."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from rasid.api import create_app
from rasid.api.writer import Writer
from rasid.store import open_store

EXAMPLES = 30  # per operation: enough to meet every parameter's edges in the suite; bench/ runs more


@pytest.fixture()
def api_schema(tmp_path, synthetic):
    store = open_store(f"sqlite:///{tmp_path / 'rasid.db'}")
    store.save_results(synthetic)
    writer = Writer(store)
    app = create_app(store, allow_post=True, writer=writer)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    writer.close()
    store.close()


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode))
def test_every_operation_keeps_its_contract(api_schema, mode):
    """Requests that fit the schema (`positive`) and requests that break it (`negative`)."""
    failures = []
    for operation in operations(api_schema):
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def keeps_contract(case):
            case.call_and_validate()
        try:
            keeps_contract()
        except Unsatisfiable:
            continue  # negative: nothing of this operation's input can break its schema (no parameters, any path)
        except Exception as failure:  # noqa: BLE001 -- collect every operation's failure, then report them all
            failures.append(f"{operation.method.upper()} {operation.path}: {failure}")
    assert not failures, "\n\n".join(failures)


def test_the_non_blank_pattern_reads_the_same_in_python_and_in_the_published_schema():
    """The POST body's "not only white space" pattern lists its white space, so Python's `re` (the fuzzer),
    the server's validator and an ECMAScript client agree on every edge character."""
    import re

    from rasid.api.models import NON_BLANK

    for blank in ("\x85", "\x1c", "\ufeff", "\u3000", " \t\n", "\x00", " \x00 "):  # a NUL is dropped by the reader
        assert not re.search(NON_BLANK, blank), repr(blank)
    for text in ("x", " خبر ", "\u200b"):
        assert re.search(NON_BLANK, text), repr(text)
    from pydantic import ValidationError

    from rasid.api.models import ArticleRecord

    assert ArticleRecord(content="x").content == "x"
    with pytest.raises(ValidationError):
        ArticleRecord(content="\x85")
