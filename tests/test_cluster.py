"""Builds on a Dask cluster (a LocalCluster of two worker processes on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.cluster import (
    ClusterError,
    build_file_on_dask,
    build_parts,
    read_part,
    update_store_on_dask,
)
from kg.io.nquads import article_lines
from kg.pipeline import BuildOptions, analyse, build_file, update_store
from kg.store import GraphStore
from tests.test_parallel import CORPUS

distributed = pytest.importorskip("distributed")

OPTIONS = BuildOptions(batch_size=2)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("one") / "g.nq"
    build_file(CORPUS, out, options=OPTIONS)
    return out.read_bytes()


def test_file_built_on_the_cluster_is_the_one_process_build(
    scheduler: str, one_process: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "g.nq"
    seen: list[str] = []
    build_file_on_dask(
        CORPUS,
        out,
        scheduler,
        None,
        OPTIONS,
        partition_size=2,
        on_part=lambda part: seen.extend(article_id for article_id, _ in part.articles),
    )
    assert out.read_bytes() == one_process
    assert seen == [article.id for article in CORPUS]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nq"]  # temporary parts removed


def test_store_built_on_the_cluster_is_the_one_process_store(
    scheduler: str, tmp_path: Path
) -> None:
    with GraphStore.open(tmp_path / "one", writable=True) as store:
        local = update_store(CORPUS, store, OPTIONS)
        store.dump(tmp_path / "one.nq")
    with GraphStore.open(tmp_path / "dask", writable=True) as store:
        remote = update_store_on_dask(CORPUS, store, scheduler, OPTIONS, partition_size=2)
        again = update_store_on_dask(CORPUS, store, scheduler, OPTIONS, partition_size=2)
        store.dump(tmp_path / "dask.nq")
    assert remote == local
    assert (again.built, again.unchanged) == (0, len(CORPUS))
    one = sorted((tmp_path / "one.nq").read_text(encoding="utf-8").splitlines())
    assert sorted((tmp_path / "dask.nq").read_text(encoding="utf-8").splitlines()) == one


def test_parts_hold_each_article_for_a_bulk_loader(scheduler: str, tmp_path: Path) -> None:
    parts = list(build_parts(CORPUS, scheduler, tmp_path, OPTIONS, partition_size=2))
    assert [p.path.name for p in parts] == ["part-00000.nq", "part-00001.nq", "part-00002.nq"]
    read = [(article_id, lines) for part in parts for article_id, _, lines in read_part(part)]
    expected = [(f.article.id, sorted(article_lines(f))) for f in analyse(CORPUS, OPTIONS)]
    assert [(article_id, sorted(lines)) for article_id, lines in read] == expected


def test_kg_build_dask_options(scheduler: str, one_process: bytes, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for article in CORPUS:
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    runner = CliRunner()
    plain, remote = tmp_path / "plain.nq", tmp_path / "remote.nq"
    assert runner.invoke(app, ["build", str(folder), "-o", str(plain), "-q"]).exit_code == 0
    result = runner.invoke(
        app,
        [
            "build",
            str(folder),
            "-o",
            str(remote),
            "--dask",
            scheduler,
            "--parts",
            str(tmp_path / "parts"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert remote.read_bytes() == plain.read_bytes()
    assert list((tmp_path / "parts").glob("part-*.nq"))  # kept, as asked
    only_parts = runner.invoke(
        app, ["build", str(folder), "--dask", scheduler, "--parts", str(tmp_path / "p2")]
    )
    assert only_parts.exit_code == 0, only_parts.output
    assert "N-Quads parts in" in only_parts.output


def test_dask_needs_a_scheduler_that_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.cluster.CONNECT_SECONDS", 1)
    with pytest.raises(ClusterError, match="cannot reach"):
        next(build_parts(CORPUS, "tcp://127.0.0.1:9", Path("."), OPTIONS))
