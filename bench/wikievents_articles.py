"""WikiEvents documents as the JSON Lines articles `kg build` reads.

    python bench/wikievents_articles.py WIKIEVENTS_JSONL OUT.jsonl [--date YYYY-MM-DD]

WikiEvents' `text` field runs sentences together ("in SyriaThe desert"), so the text is rebuilt
from `sentences`, one sentence a line. The documents carry no publication date; `--date` gives
every article one, otherwise the field is left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.io.write import replacing


def rebuilt_text(document: dict[str, Any]) -> str:
    """The document's sentences, one a line, each as WikiEvents spells it."""
    return "\n".join(sentence for _tokens, sentence in document["sentences"])


def articles(path: Path, date: str | None) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                document = json.loads(line)
                article = {"id": document["doc_id"], "text": rebuilt_text(document)}
            except (ValueError, KeyError, TypeError) as error:
                raise SystemExit(f"{path}:{number}: not a WikiEvents document ({error})") from None
            if date:
                article["date"] = date
            yield article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path, help="WikiEvents JSON Lines (e.g. dev.jsonl)")
    parser.add_argument("out", type=Path, help="articles to write, JSON Lines")
    parser.add_argument("--date", help="publication date given to every article")
    args = parser.parse_args(argv)
    write_articles(articles(args.documents, args.date), args.out)
    return 0


def write_articles(rows: Iterable[dict[str, str]], path: Path) -> None:
    """The articles as JSON Lines, written whole or not at all; their count to stderr."""
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    with replacing(path) as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} articles -> {path}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
