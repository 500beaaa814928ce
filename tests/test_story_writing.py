"""The export writer: the same JSON as the standard library's, one record a line, never half a file."""
import io
import json

import pytest

from rasid.story import dump_records, write_json_atomic


@pytest.mark.parametrize("data", [
    {},
    {"format": "rasid.story/1", "documents": []},
    {"format": "x", "statements": [{"id": "a", "text": "قال الوزير"}, {"id": "b", "nested": {"k": [1, 2]}}],
     "count": 3, "none": None},
    [1, "٢", {"a": None}],
    "نص",
])
def test_records_written_read_back_as_the_same_json(data):
    out = io.StringIO()
    dump_records(data, out)
    assert json.loads(out.getvalue()) == data


def test_each_record_of_a_list_is_on_its_own_line():
    out = io.StringIO()
    dump_records({"statements": [{"id": i} for i in range(3)], "format": "f"}, out)
    lines = out.getvalue().splitlines()
    assert lines.count('{"id":1},') == 1 and '{"id":2}' in lines
    assert "\\u" not in out.getvalue()  # Arabic is written as itself, not escaped


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    path = tmp_path / "story.json"
    write_json_atomic(path, {"format": "old"})

    class Unwritable:
        def __repr__(self):
            return "unwritable"

    with pytest.raises(TypeError):
        write_json_atomic(path, {"format": "new", "bad": [Unwritable()]})
    assert json.loads(path.read_text(encoding="utf-8")) == {"format": "old"}
    assert [p.name for p in tmp_path.iterdir()] == ["story.json"]
