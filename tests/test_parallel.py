"""Builds in several processes give the graph of a build in one, byte for byte."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from kg import parallel, pipeline
from kg.cli import app
from kg.io.nquads import article_lines
from kg.io.read import read_articles
from kg.model import Article, ArticleFacts
from kg.pipeline import (
    BuildOptions,
    analyse,
    build_file,
    extract_article,
    update_store,
    write_behind,
)
from kg.store import GraphStore
from tests.conftest import SEED

# A small corpus: the seed article and short reports of the kinds the extractors look for.
CORPUS = (
    *read_articles([SEED]),
    Article(
        "hyesan",
        "Kim Jong Un ordered officials in Hyesan to repair the dams on July 28, "
        "a source told Daily NK. Comrade Kim Jong Un inspected the work.",
    ),
    Article("visit", "Kim Jong Un visited a factory in Pyongyang on Monday, KCNA said."),
    Article(
        "meeting",
        "Choe Ryong Hae met the Russian ambassador in Pyongyang on June 3. "
        '"Our friendship is invincible," he said.',
    ),
    Article("sinuiju", "Choe Ryong Hae ordered officials in Sinuiju to clear the roads."),
)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("one") / "g.nq"
    build_file(CORPUS, out, options=BuildOptions(batch_size=2))
    return out.read_bytes()


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_build_the_same_graph(tmp_path: Path, one_process: bytes, workers: int) -> None:
    out = tmp_path / "g.nq"
    build_file(CORPUS, out, options=BuildOptions(batch_size=1, workers=workers))
    assert out.read_bytes() == one_process


def test_a_file_build_reports_each_article_in_order(tmp_path: Path) -> None:
    seen: list[str] = []
    build_file(
        CORPUS,
        tmp_path / "g.nt",
        options=BuildOptions(batch_size=1, workers=2),
        on_article=lambda article: seen.append(article.id),
    )
    assert seen == [article.id for article in CORPUS]


def _store_content(folder: Path, options: BuildOptions) -> tuple[list[str], list[str]]:
    """Every quad of a store built from the corpus, its metadata graph included: once built,
    and once rebuilt over itself (each article replaced)."""
    contents = []
    with GraphStore.open(folder, writable=True) as store:
        for force in (False, True):
            update = update_store(CORPUS, store, options, force=force)
            assert update.built == len(CORPUS)
            quads = store.oxigraph.quads_for_pattern(None, None, None)
            contents.append(sorted(str(quad) for quad in quads))
    return contents[0], contents[1]


def test_workers_build_the_same_store(tmp_path: Path) -> None:
    one = _store_content(tmp_path / "one", BuildOptions(batch_size=2))
    two = _store_content(tmp_path / "two", BuildOptions(batch_size=1, workers=2))
    assert two == one
    assert one[1] == one[0]


def test_a_store_build_reports_each_article_in_order(tmp_path: Path) -> None:
    seen: list[str] = []
    with GraphStore.open(tmp_path / "s", writable=True) as store:
        update_store(
            CORPUS,
            store,
            BuildOptions(batch_size=1, workers=2),
            on_article=lambda article: seen.append(article.id),
        )
    assert seen == [article.id for article in CORPUS]


def test_a_store_build_gets_its_lines_from_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here: list[str] = []

    def counted(facts: ArticleFacts) -> list[str]:
        here.append(facts.article.id)
        return article_lines(facts)

    # Lines a worker makes go into its own copy of the list: this process makes only the
    # lines of the articles it parses itself, not every article's.
    monkeypatch.setattr(pipeline, "article_lines", counted)
    with GraphStore.open(tmp_path / "s", writable=True) as store:
        update_store(CORPUS, store, BuildOptions(batch_size=1, workers=2))
    assert 0 < len(here) < len(CORPUS)


def test_this_process_parses_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    here: list[str] = []

    def counted(doc: Doc, article: Article, names: Iterable[str]) -> ArticleFacts:
        here.append(article.id)
        return extract_article(doc, article, names)

    # What a worker parses goes into its own copy of the list, not this one.
    monkeypatch.setattr(pipeline, "extract_article", counted)
    ids = [facts.article.id for facts in analyse(CORPUS, BuildOptions(batch_size=1, workers=2))]
    assert ids == [article.id for article in CORPUS]
    assert 0 < len(here) < len(CORPUS)


def test_workers_return_the_facts_in_input_order() -> None:
    ids = [facts.article.id for facts in analyse(CORPUS, BuildOptions(batch_size=1, workers=2))]
    assert ids == [article.id for article in CORPUS]


def test_worker_count_is_checked() -> None:
    with pytest.raises(ValueError, match="workers = 0"):
        BuildOptions(workers=0)


def test_kg_build_workers_option(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(CORPUS[1].text, encoding="utf-8")
    one, two = tmp_path / "one.nt", tmp_path / "two.nt"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(source), "-o", str(one), "-q"]).exit_code == 0
    result = runner.invoke(app, ["build", str(source), "-o", str(two), "-q", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert two.read_bytes() == one.read_bytes()


def _facts(article_id: str) -> ArticleFacts:
    return ArticleFacts(Article(article_id, "Text."), ())


def test_write_behind_writes_in_order_and_raises_the_writers_error() -> None:
    written: list[str] = []

    def write(facts: ArticleFacts) -> None:
        if facts.article.id == "c":
            raise OSError("disk full")
        written.append(facts.article.id)

    write_behind((_facts(i) for i in "ab"), write)
    assert written == ["a", "b"]
    with pytest.raises(OSError, match="disk full"):
        write_behind((_facts(i) for i in "cde"), write)
    assert written == ["a", "b"]


def test_write_behind_writes_what_was_parsed_before_a_failure() -> None:
    written: list[str] = []

    def results() -> Iterator[ArticleFacts]:
        yield _facts("a")
        yield _facts("b")
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        write_behind(results(), lambda facts: written.append(facts.article.id))
    assert written == ["a", "b"]


def test_chunks_get_smaller_once_the_end_of_the_input_is_in_sight() -> None:
    articles = [Article(str(i), f"Text {i}.") for i in range(40)]
    chunks = list(parallel._chunks(articles, 8, ahead=2))
    assert [len(c) for c in chunks] == [8, 8, 8] + [8 // parallel.END_SPLIT] * 8
    assert [a for c in chunks for a in c] == articles
