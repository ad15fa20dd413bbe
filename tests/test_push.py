"""`kg push` to a real Oxigraph server, started on loopback by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.model import Article
from kg.pipeline import update_store
from kg.push import PushError, graph_url, push_store
from kg.store import METADATA_GRAPH, GraphStore

FIRST = Article("first", "Kim Jong Un ordered officials in Hyesan to repair the dams, KCNA said.")
SECOND = Article("second", "Kim Yo Jong visited a factory in Wonsan on Monday, KCNA said.")
FIRST_CHANGED = Article("first", "Choe Ryong Hae ordered officials in Sinuiju to clear roads.")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or shutil.which(
        "oxigraph", path=str(Path(sys.executable).parent)
    )
    assert found, "the oxigraph server is installed with the dev extra (pip install oxigraph)"
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            _oxigraph(),
            "serve",
            "--location",
            str(tmp_path / "remote"),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
            break
        except (urllib.error.URLError, ConnectionError):
            assert process.poll() is None and time.monotonic() < deadline, "oxigraph did not start"
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def remote_quads(base: str) -> set[str]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {str(q) for q in ox.parse(response.read(), format=ox.RdfFormat.N_QUADS)}


def local_quads(path: Path) -> set[str]:
    """The store's knowledge graph as Oxigraph keeps it (every integer an xsd:integer)."""
    with GraphStore.open(path) as store:
        quads = store.oxigraph.quads_for_pattern(None, None, None, None)
        return {str(q) for q in quads if q.graph_name.value != str(METADATA_GRAPH)}


def build(path: Path, *articles: Article) -> None:
    with GraphStore.open(path, writable=True) as store:
        update_store(list(articles), store)


def test_push_copies_every_graph_and_a_second_push_replaces(tmp_path: Path, server: str) -> None:
    local = tmp_path / "local"
    build(local, FIRST, SECOND)
    with GraphStore.open(local) as store:
        report = push_store(store, f"{server}/store")
    assert report.graphs == 3
    assert remote_quads(server) == local_quads(local)
    assert report.triples == len(local_quads(local))

    build(local, FIRST_CHANGED)
    result = CliRunner().invoke(app, ["push", str(local), f"{server}/store"])
    assert result.exit_code == 0, result.output
    assert "3 graphs" in result.output
    assert remote_quads(server) == local_quads(local)


def test_a_refused_graph_names_the_graph(tmp_path: Path, server: str) -> None:
    build(tmp_path / "local", SECOND)
    with GraphStore.open(tmp_path / "local") as store, pytest.raises(PushError, match="HTTP 404"):
        push_store(store, f"{server}/no-such-service")


def test_an_unreachable_server_is_reported(tmp_path: Path) -> None:
    build(tmp_path / "local", SECOND)
    with GraphStore.open(tmp_path / "local") as store:
        with pytest.raises(PushError, match="cannot reach"):
            push_store(store, f"http://127.0.0.1:{_free_port()}/store", timeout=5)
        with pytest.raises(PushError, match="http"):
            push_store(store, "ftp://example.org/store")


def test_graph_urls_encode_the_graph() -> None:
    assert graph_url("http://h/store", "https://w3id.org/x#y") == (
        "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fx%23y"
    )
    assert graph_url("http://h/ds?x=1", "g").endswith("?x=1&graph=g")
