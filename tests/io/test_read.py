from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from kg.io.read import InputError, ReadStats, read_articles

BOM = b"\xef\xbb\xbf"


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


@pytest.mark.parametrize(
    ("content", "text", "fields"),
    [
        pytest.param(
            b"Kim Yo Jong issued an order.\n",
            "Kim Yo Jong issued an order.\n",
            {"id": "story", "headline": None, "published": None},
            id="no front matter: the whole file",
        ),
        pytest.param(
            b"---\ntitle: Orders\ndate: 2024-07-29\nurl: https://example.org/a\n"
            b"publisher: Daily NK\nid: a-1\n---\n\nKim spoke.\n\n",
            "\nKim spoke.\n\n",
            {
                "id": "a-1",
                "headline": "Orders",
                "published": dt.date(2024, 7, 29),
                "url": "https://example.org/a",
                "publisher": "Daily NK",
            },
            id="front matter: the body exactly as it follows the block",
        ),
        pytest.param(
            b"---\r\ntitle: CRLF\r\n---\r\nLine one.\r\nLine two.\r\n",
            "Line one.\r\nLine two.\r\n",
            {"headline": "CRLF"},
            id="CRLF kept as it is",
        ),
        pytest.param(
            BOM + b"---\ndate: '2024-07-29'\n---\nText.",
            "Text.",
            {"published": dt.date(2024, 7, 29)},
            id="BOM dropped, quoted date",
        ),
        pytest.param(
            b"---\ndate: 2024-07-29T10:30:00+09:00\nsource: KCNA\n---\nText.",
            "Text.",
            {"published": dt.date(2024, 7, 29), "publisher": "KCNA"},
            id="date and time: the date as written; source as publisher",
        ),
        pytest.param(
            b"---\nid: 42\ntitle: 1984\n---\nText.",
            "Text.",
            {"id": "42", "headline": "1984"},
            id="numbers read as text",
        ),
        pytest.param(b"---\n---\nText.", "Text.", {"id": "story"}, id="empty front matter"),
        pytest.param(
            b"Text.\n---\ntitle: not front matter\n---\n",
            "Text.\n---\ntitle: not front matter\n---\n",
            {"headline": None},
            id="a block that does not open the file is text",
        ),
    ],
)
def test_text_file(tmp_path: Path, content: bytes, text: str, fields: dict[str, object]) -> None:
    path = write(tmp_path, "story.md", content)
    [article] = read_articles([str(path)])
    assert article.text == text
    assert content.decode("utf-8-sig").endswith(text)
    assert article.source_path == str(path)
    for name, value in fields.items():
        assert getattr(article, name) == value, name


def test_published_fills_in_only_missing_dates(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "---\ndate: 2020-01-02\n---\nDated.")
    write(tmp_path, "b.txt", "Undated.")
    default = dt.date(2024, 7, 29)
    dates = [article.published for article in read_articles([tmp_path], published=default)]
    assert dates == [dt.date(2020, 1, 2), default]


def test_jsonl(tmp_path: Path) -> None:
    content = jsonl(
        {"id": "x", "text": "First.", "date": "2024-07-29", "headline": "H", "url": "urn:x"},
        {"story_text": "Second.", "title": "T", "publisher": "KCNA", "published": "2024-07-30"},
    )
    path = write(tmp_path, "corpus.jsonl", "\n" + content.replace("\n", "\n\n", 1))
    first, second = read_articles([path])
    assert (first.id, first.text, first.headline, first.url) == ("x", "First.", "H", "urn:x")
    assert first.published == dt.date(2024, 7, 29)
    # The record after two blank lines is on line 4: the generated id counts every line.
    assert (second.id, second.text, second.headline) == ("corpus-4", "Second.", "T")
    assert (second.publisher, second.published) == ("KCNA", dt.date(2024, 7, 30))
    assert second.source_path == str(path)


@pytest.mark.parametrize(
    ("name", "content", "line", "message"),
    [
        ("a.txt", b"", None, "empty article"),
        ("a.txt", b" \n\t\n", None, "empty article"),
        ("a.md", b"---\ntitle: T\n---\n \n", None, "empty article"),
        ("a.txt", b"PK\x03\x04\x00\x00", None, "binary file, not text"),
        ("a.txt", b"ab\xffc", None, "not valid UTF-8 (byte 0xff at offset 2)"),
        ("a.txt", BOM + b"ab\xc3", None, "not valid UTF-8 (byte 0xc3 at offset 5)"),
        (
            "a.md",
            b"---\ndate: 2024-13-01\n---\nText.",
            None,
            "field 'date': bad date '2024-13-01' (expected YYYY-MM-DD)",
        ),
        ("a.md", b"---\ntitle: T\nbad: [1,\n---\nText.", 4, "front matter is not valid YAML"),
        ("a.md", b"---\n- a list\n---\nText.", None, "front matter is not a mapping"),
        ("a.md", b"---\ntitle: T\nText.", None, "no closing '---' line"),
        ("a.md", b"---\ntitle: [a, b]\n---\nText.", None, "field 'title' must be text, not array"),
        ("c.jsonl", b'{"text": "ok"}\nnot json\n', 2, "not valid JSON (Expecting value)"),
        ("c.jsonl", b"[1, 2]\n", 1, "not a JSON object (found array)"),
        ("c.jsonl", b'{"id": "x"}\n', 1, "no text (expected a 'text' or 'story_text' field)"),
        ("c.jsonl", b'{"text": " \\n "}\n', 1, "empty article"),
        ("c.jsonl", b'{"text": 5}\n', 1, "field 'text' must be a string, not number"),
        ("c.jsonl", b'{"text": "x", "date": "29/07/2024"}\n', 1, "bad date '29/07/2024'"),
        ("c.jsonl", b'{"text": "ok"}\n{"text": "\xff"}\n', 2, "byte 0xff at offset 25"),
        (
            "c.jsonl",
            b'{"text": "x", "url": "u"}\n',
            1,
            "Article.url = 'u': expected an absolute IRI",
        ),
        (
            "c.jsonl",
            b'{"text": "x", "url": "https://example.org/a b"}\n',
            1,
            "expected an absolute IRI",
        ),
        ("c.jsonl", b"\x1f\x8b\x08\x00\x00\x00", None, "binary file, not text"),
        (
            "c.ndjson",
            b'{"id": "a", "text": "x"}\n{"id": "a", "text": "x"}\n',
            2,
            "article 'a' read twice (first from ",
        ),
    ],
)
def test_bad_input(
    tmp_path: Path, name: str, content: bytes, line: int | None, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as raised:
        list(read_articles([str(path)]))
    error = raised.value
    assert (error.path, error.line) == (str(path), line)
    assert message in error.message
    where = str(path) if line is None else f"{path}:{line}"
    assert str(error) == f"{where}: {error.message}"

    stats = ReadStats()
    good = list(read_articles([str(path)], skip_errors=True, stats=stats))
    assert (stats.skipped, len(stats.errors), stats.articles) == (1, 1, len(good))
    assert str(stats.errors[0]) == str(error)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.txt", "no such file or folder"),
        ("paper.pdf", "unknown input format '.pdf' (expected .txt, .md, .jsonl or .ndjson)"),
        ("README", "unknown input format (no extension)"),
    ],
)
def test_bad_argument_raises_on_call(tmp_path: Path, name: str, message: str) -> None:
    good = write(tmp_path, "good.txt", "Text.")
    if name != "missing.txt":
        write(tmp_path, name, "Text.")
    with pytest.raises(InputError) as raised:
        read_articles([good, tmp_path / name], skip_errors=True)
    assert raised.value.path == str(tmp_path / name)
    assert raised.value.message.startswith(message)


def test_skip_errors_counts_and_continues(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Good.")
    write(tmp_path, "b.txt", b"\x00\x01")
    write(tmp_path, "c.jsonl", '{"text": "one"}\n{oops\n\n[]\n{"text": "two"}\n')
    write(tmp_path, "d.md", "")
    stats = ReadStats()
    ids = [article.id for article in read_articles([tmp_path], skip_errors=True, stats=stats)]
    assert ids == ["a", "c-1", "c-5"]
    assert (stats.articles, stats.skipped) == (3, 4)
    assert [(Path(e.path).name, e.line) for e in stats.errors] == [
        ("b.txt", None),
        ("c.jsonl", 2),
        ("c.jsonl", 4),
        ("d.md", None),
    ]


def test_first_error_raises_after_earlier_articles(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", '{"text": "one"}\nnot json\n')
    articles = read_articles([path])
    assert next(articles).text == "one"
    with pytest.raises(InputError, match=r"c\.jsonl:2: not valid JSON"):
        next(articles)


def test_folder_walked_recursively_in_name_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B.")
    write(tmp_path, "a/z.md", "Z.")
    write(tmp_path, "a/y.jsonl", jsonl({"text": "Y1."}, {"text": "Y2."}))
    write(tmp_path, "a/deeper/x.TXT", "X.")
    write(tmp_path, ".hidden.txt", "Hidden.")
    write(tmp_path, ".git/config.txt", "Hidden folder.")
    write(tmp_path, "notes.pdf", b"%PDF")
    folder = str(tmp_path)
    articles = list(read_articles([folder]))
    assert [a.id for a in articles] == ["x", "y-1", "y-2", "z", "b"]
    assert articles[0].source_path == os.path.join(folder, "a", "deeper", "x.TXT")
    assert articles[-1].source_path == os.path.join(folder, "b.txt")


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        pytest.param(
            '\n  {"text": "One."}\n{"id": "k", "text": "Two."}\n',
            [("stdin-2", "One."), ("k", "Two.")],
            id="JSON Lines",
        ),
        pytest.param("Plain text.\n", [("stdin", "Plain text.\n")], id="plain text"),
        pytest.param(
            "\ufeff---\nid: s1\ntitle: T\n---\nBody {x}.\n",
            [("s1", "Body {x}.\n")],
            id="front matter",
        ),
        pytest.param("\n\n   \n", InputError("-", None, "empty article"), id="blank"),
        pytest.param("{not json\n", InputError("-", 1, "not valid JSON"), id="bad JSON Lines"),
    ],
)
def test_stdin(stdin: str, expected: list[tuple[str, str]] | InputError) -> None:
    articles = read_articles(["-"], stdin=io.StringIO(stdin))
    if isinstance(expected, InputError):
        with pytest.raises(InputError) as raised:
            list(articles)
        assert (raised.value.path, raised.value.line) == (expected.path, expected.line)
        assert raised.value.message.startswith(expected.message)
        return
    read = list(articles)
    assert [(a.id, a.text) for a in read] == expected
    assert {a.source_path for a in read} == {"-"}


def test_stdin_between_files(tmp_path: Path) -> None:
    first = write(tmp_path, "first.txt", "First.")
    last = write(tmp_path, "last.jsonl", jsonl({"text": "Last."}))
    articles = read_articles([first, "-", last], stdin=io.StringIO("Middle."))
    assert [a.id for a in articles] == ["first", "stdin", "last-1"]


def test_a_reused_id_for_another_text_gets_an_id_of_its_own(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    ids = [article.id for article in read_articles([corpus])]
    assert ids[0] == "a"
    assert ids[1].startswith("a-") and ids[1] != "a"


def test_count_articles_counts_files_and_lines_without_parsing(tmp_path: Path) -> None:
    from kg.io.read import count_articles

    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', "utf-8")
    assert count_articles([tmp_path]) == 3
    assert count_articles([tmp_path / "a.txt", "-"]) is None
