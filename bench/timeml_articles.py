"""TimeML documents as the JSON Lines articles `kg build` and `kg eval` read.

    python bench/timeml_articles.py TIMEML_DIR OUT.jsonl [--split tune|heldout|all]

Each article is the document's TEXT as the TimeML reader flattens it (the same characters the
temporal scorer aligns on), dated by its creation time, so gold files in the seed's format can
be written against TimeBank and AQUAINT news and scored with `kg eval GOLD --articles OUT.jsonl`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wikievents_articles import write_articles

from kg.eval.timeml import TimeMLError, load_gold_documents, parse_split


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of .tml files (e.g. timeml-train)")
    parser.add_argument("out", type=Path, help="articles to write, JSON Lines")
    parser.add_argument("--split", default="all", help="tune, heldout or all (default)")
    args = parser.parse_args(argv)
    try:
        documents = load_gold_documents(args.folder, split=parse_split(args.split))
    except TimeMLError as error:
        raise SystemExit(str(error)) from None
    rows = []
    for document in documents:
        article = document.article
        row = {"id": article.id, "text": article.text}
        if article.published is not None:
            row["date"] = article.published.isoformat()
        rows.append(row)
    write_articles(rows, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
