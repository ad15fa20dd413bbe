"""Read articles from text and Markdown files, JSON Lines corpora, folders and stdin.

What `Article.text` is, since every offset in the graph counts characters of it:

- Input is decoded as strict UTF-8 and a leading byte order mark is dropped. Line endings are
  kept as they are (no CRLF translation).
- A .txt/.md file (or plain text on stdin) may open with YAML front matter: a first line `---`,
  the YAML, and a closing line `---`. The text is everything after the closing line's newline,
  exactly as it stands: the front matter block is removed and nothing else, so a blank line
  after the block stays in the text. Without front matter the text is the whole input.
- In JSON Lines the text is the `text` (or `story_text`) value exactly.

Reading is lazy: articles are produced one at a time and a JSON Lines corpus is read line by line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

import yaml

from kg.model import Article, RecordError

log = logging.getLogger(__name__)

__all__ = ["InputError", "ReadStats", "count_articles", "read_articles"]

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_EXPECTED = ".txt, .md, .jsonl or .ndjson"

# A NUL byte in the first block is how tools such as grep and git tell binary files from text.
_SNIFF_BYTES = 8192

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class InputError(ValueError):
    """An input that cannot be read as articles; `line` is set where a line can be named."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(f"{path}: {message}" if line is None else f"{path}:{line}: {message}")


# A numbered line of input, or the error that stood in for it when it could not be decoded.
Line = tuple[int, str | InputError]


@dataclass
class ReadStats:
    """Counts of one read; `errors` are the skipped inputs' errors in reading order."""

    articles: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


def read_articles(
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    skip_errors: bool = False,
    stats: ReadStats | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article]:
    """A generator of the articles in `paths`, in order; "-" reads `stdin` (default: sys.stdin).

    A folder is walked recursively in name order for .txt, .md, .jsonl and .ndjson files, hidden
    files and folders left out. `published` is the date of articles that carry none. Article ids
    come from the input (front matter or JSON `id`), else the file name without extension for
    text, `<file stem>-<line>` for JSON Lines, "stdin" for plain text on stdin; an id read twice
    is an error, since two texts under one id would mix their offsets in the graph.

    A bad article, line or file raises InputError, or with `skip_errors` is counted in `stats`
    and skipped. A path that does not exist or has an unknown extension always raises, and does
    so on this call, before anything is read: it is a mistake in the arguments, not in the corpus.
    """
    given = [os.fspath(path) for path in paths]
    for path in given:
        if path != "-":
            _check_path(path)
    reader = _Reader(published, stdin)
    return _read(reader, given, skip_errors, stats if stats is not None else ReadStats())


def _read(
    reader: _Reader, paths: list[str], skip_errors: bool, stats: ReadStats
) -> Iterator[Article]:
    for path in paths:
        for item in reader.path(path):
            if isinstance(item, Article):
                stats.articles += 1
                yield item
            elif skip_errors:
                stats.skipped += 1
                stats.errors.append(item)
            else:
                raise item


def _check_path(path: str) -> None:
    if os.path.isdir(path):
        return
    if not os.path.exists(path):
        raise InputError(path, None, "no such file or folder")
    suffix = Path(path).suffix.lower()
    if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
        found = f"'{suffix}'" if suffix else "(no extension)"
        raise InputError(path, None, f"unknown input format {found} (expected {_EXPECTED})")


@dataclass
class _Reader:
    published: dt.date | None
    stdin: TextIO | None
    # One entry per article read, so kept small: the file (one shared string per file), the
    # line, and the first 8 bytes of the text's digest.
    first_seen: dict[str, tuple[str, int | None, bytes]] = field(default_factory=dict)

    def path(self, path: str) -> Iterator[Article | InputError]:
        if path == "-":
            yield from self._stdin()
        elif os.path.isdir(path):
            for item in _walk(path):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from self._file(item)
        else:
            yield from self._file(path)

    def _file(self, path: str) -> Iterator[Article | InputError]:
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            yield from self._jsonl_file(path)
            return
        try:
            article = self._text_file(path)
        except InputError as error:
            yield error
        else:
            yield article

    def _text_file(self, path: str) -> Article:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(path, None, f"cannot read ({error.strerror})") from None
        if b"\0" in data:
            raise InputError(path, None, "binary file, not text")
        return self._text_article(_decode(data, path, None, 0), path, Path(path).stem)

    def _jsonl_file(self, path: str) -> Iterator[Article | InputError]:
        try:
            with open(path, "rb") as stream:
                if b"\0" in stream.read(_SNIFF_BYTES):
                    yield InputError(path, None, "binary file, not text")
                    return
                stream.seek(0)
                yield from self._jsonl(_decoded_lines(stream, path), path, Path(path).stem)
        except OSError as error:
            yield InputError(path, None, f"cannot read ({error.strerror})")

    def _stdin(self) -> Iterator[Article | InputError]:
        lines = (
            _decoded_lines(sys.stdin.buffer, "-")
            if self.stdin is None
            else _text_lines(self.stdin, "-")
        )
        # The first non-blank line decides the format, so read up to it and then replay it.
        head: list[Line] = []
        for item in lines:
            head.append(item)
            if isinstance(item[1], InputError) or item[1].strip():
                break
        first = head[-1][1] if head else ""
        if isinstance(first, str) and first.lstrip().startswith("{"):
            yield from self._jsonl(chain(head, lines), "-", "stdin")
            return
        parts: list[str] = []
        for _, line in chain(head, lines):
            if isinstance(line, InputError):
                yield line
                return
            parts.append(line)
        text = "".join(parts)
        if "\0" in text:
            yield InputError("-", None, "binary input, not text")
            return
        try:
            article = self._text_article(text, "-", "stdin")
        except InputError as error:
            yield error
        else:
            yield article

    def _jsonl(self, lines: Iterable[Line], path: str, stem: str) -> Iterator[Article | InputError]:
        for number, line in lines:
            if isinstance(line, InputError):
                yield line
            elif line.strip():
                try:
                    article = self._record(line, path, number, stem)
                except InputError as error:
                    yield error
                else:
                    yield article

    def _record(self, line: str, path: str, number: int, stem: str) -> Article:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(path, number, f"not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise InputError(path, number, f"not a JSON object (found {_json_type(record)})")
        key = next((k for k in ("text", "story_text") if record.get(k) is not None), None)
        if key is None:
            raise InputError(path, number, "no text (expected a 'text' or 'story_text' field)")
        text = record[key]
        if not isinstance(text, str):
            raise InputError(
                path, number, f"field '{key}' must be a string, not {_json_type(text)}"
            )
        if not text.strip():
            raise InputError(path, number, "empty article")
        return self._article(text, record, path, number, f"{stem}-{number}")

    def _text_article(self, text: str, path: str, default_id: str) -> Article:
        meta, body = _split_front_matter(text, path)
        if not body.strip():
            raise InputError(path, None, "empty article")
        return self._article(body, meta, path, None, default_id)

    def _article(
        self, text: str, meta: Mapping[str, object], path: str, line: int | None, default_id: str
    ) -> Article:
        article_id = _text_field(meta, "id", path, line) or default_id
        where = path if line is None else f"{path}:{line}"
        digest = hashlib.sha1(text.encode("utf-8")).digest()
        if article_id in self.first_seen:
            first_path, first_line, first_digest = self.first_seen[article_id]
            first = first_path if first_line is None else f"{first_path}:{first_line}"
            if first_digest == digest[:8]:
                raise InputError(
                    path, line, f"article '{article_id}' read twice (first from {first})"
                )
            # Some feeds reuse truncated ids for different stories (KCNA's do); the text
            # decides which story an id names, so a second story gets an id of its own.
            unique = f"{article_id}-{digest.hex()[:8]}"
            log.info(
                "%s: id '%s' already used by %s; reading it as '%s'",
                where,
                article_id,
                first,
                unique,
            )
            article_id = unique
        try:
            article = Article(
                id=article_id,
                text=text,
                published=_date_field(meta, "date", path, line)
                or _date_field(meta, "published", path, line)
                or _date_field(meta, "datePublished", path, line)
                or self.published,
                headline=_text_field(meta, "headline", path, line)
                or _text_field(meta, "title", path, line),
                url=_text_field(meta, "url", path, line),
                publisher=_text_field(meta, "publisher", path, line)
                or _text_field(meta, "source", path, line),
                source_path=path,
            )
        except RecordError as error:
            raise InputError(path, line, str(error)) from None
        self.first_seen[article_id] = (path, line, digest[:8])
        return article


def _walk(folder: str) -> Iterator[str | InputError]:
    """Readable files under `folder`, depth first in name order, hidden entries left out."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(folder, None, f"cannot read folder ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Linked folders are not followed (as in os.walk), so a link loop cannot recurse forever.
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file() and Path(entry.name).suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
            yield entry.path


def _decode(data: bytes, path: str, line: int | None, offset: int) -> str:
    """Strict UTF-8; `offset` is where `data` starts in its file, for the error message."""
    bom = len(codecs.BOM_UTF8) if offset == 0 and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        at = bom + error.start
        message = f"not valid UTF-8 (byte 0x{data[at]:02x} at offset {offset + at})"
        raise InputError(path, line, message) from None


def _decoded_lines(stream: BinaryIO, path: str) -> Iterator[Line]:
    offset = 0
    for number, raw in enumerate(stream, 1):
        line: str | InputError
        try:
            line = _decode(raw, path, number, offset)
        except InputError as error:
            line = error
        yield number, line
        offset += len(raw)


def _text_lines(stream: TextIO, path: str) -> Iterator[Line]:
    number = 0
    try:
        for number, line in enumerate(stream, 1):
            yield number, line.removeprefix("\ufeff") if number == 1 else line
    except UnicodeDecodeError as error:
        # The stream decodes ahead in blocks, so the failing line cannot be named.
        bad = f"byte 0x{error.object[error.start]:02x}"
        yield number + 1, InputError(path, None, f"not valid UTF-8 ({bad})")


class _FrontMatterLoader(yaml.SafeLoader):
    """A safe loader that leaves unquoted dates as strings, so a bad date is reported by field."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _split_front_matter(text: str, path: str) -> tuple[Mapping[str, object], str]:
    """The front matter's keys and the text after the block (see the module docstring)."""
    start = _line_end(text, 0)
    if text[:start].rstrip() != "---":
        return {}, text
    pos = start
    while pos < len(text):
        end = _line_end(text, pos)
        if text[pos:end].rstrip() == "---":
            return _parse_front_matter(text[start:pos], path), text[end:]
        pos = end
    raise InputError(path, None, "front matter opened by '---' on line 1 has no closing '---' line")


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline + 1


def _parse_front_matter(block: str, path: str) -> Mapping[str, object]:
    try:
        meta = yaml.load(block, Loader=_FrontMatterLoader)
    except yaml.MarkedYAMLError as error:
        # The block starts on the file's second line; YAML counts lines from 0.
        line = error.problem_mark.line + 2 if error.problem_mark is not None else None
        raise InputError(path, line, f"front matter is not valid YAML ({error.problem})") from None
    except (yaml.YAMLError, ValueError) as error:
        raise InputError(path, None, f"front matter is not valid YAML ({error})") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(path, None, "front matter is not a mapping of keys to values")
    return meta


def _text_field(meta: Mapping[str, object], key: str, path: str, line: int | None) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    # Numbers are accepted because YAML and JSON give `id: 123` and `title: 1984` as numbers.
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(path, line, f"field '{key}' must be text, not {_json_type(value)}")
    return str(value).strip() or None


def _date_field(
    meta: Mapping[str, object], key: str, path: str, line: int | None
) -> dt.date | None:
    """A date as YYYY-MM-DD, or an ISO date and time (its date as written, not converted)."""
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DAY.match(value.strip()):
        day = value.strip()
        try:
            return (
                dt.date.fromisoformat(day)
                if len(day) == 10
                else dt.datetime.fromisoformat(day).date()
            )
        except ValueError:
            pass
    raise InputError(path, line, f"field '{key}': bad date {value!r} (expected YYYY-MM-DD)")


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(
        type(value), "number" if isinstance(value, int | float) else type(value).__name__
    )


def count_articles(paths: Sequence[str | os.PathLike[str]]) -> int | None:
    """About how many articles `read_articles(paths)` will produce, without parsing any.

    A text file counts one, a JSON Lines file its non-empty lines; None when standard input
    is among the paths or a file cannot be read. For progress displays: errors and duplicate
    ids are not looked for.
    """
    total = 0
    for given in paths:
        path = os.fspath(given)
        if path == "-":
            return None
        files = _walk(path) if os.path.isdir(path) else iter([path])
        for item in files:
            if isinstance(item, InputError):
                return None
            if Path(item).suffix.lower() not in JSONL_SUFFIXES:
                total += 1
                continue
            try:
                with open(item, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                return None
    return total
