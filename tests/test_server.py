"""`kg serve` end to end: a real HTTP client against the server started on a free port."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from rdflib import Graph

from kg.model import Article
from kg.pipeline import update_store
from kg.server import JSON, ServeOptions, negotiate
from kg.store import GraphStore

ARTICLE = Article(
    "hyesan",
    "Kim Jong Un ordered officials in Hyesan to repair the dams on July 28, "
    "a source told Daily NK. Kim Jong Un visited Pyongyang on Monday.",
)
PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
# Five unbounded joins over every triple: far longer than the server's one-second timeout.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("served") / "store"
    with GraphStore.open(path, writable=True) as opened:
        update_store([ARTICLE], opened)
    return path


def start(store: Path, *options: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "kg.cli", "serve", str(store), "--port", "0", *options]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    assert " at http://127.0.0.1:" in line, line + process.stderr.read()
    return process, line.rsplit(" at ", 1)[1].strip()


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[str]:
    process, url = start(store, "--timeout", "1", "--limit", "5")
    yield url
    stop(process)
    assert process.returncode == 0


def fetch(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(endpoint: str, query: str, accept: str = JSON) -> tuple[int, dict[str, str], bytes]:
    return fetch(f"{endpoint}?{urlencode({'query': query})}", headers={"Accept": accept})


def names(body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_it_listens_on_loopback_only(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:")
    assert endpoint.endswith("/sparql")


def test_select_over_get_in_sparql_json(endpoint: str) -> None:
    status, headers, body = get(endpoint, PEOPLE)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert names(body) == ["Kim Jong Un"]


def test_select_over_post_form_and_direct(endpoint: str) -> None:
    form = fetch(
        endpoint,
        data=urlencode({"query": PEOPLE}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON},
    )
    direct = fetch(
        endpoint,
        data=PEOPLE.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": JSON},
    )
    assert form[0] == direct[0] == 200
    assert names(form[2]) == names(direct[2]) == ["Kim Jong Un"]


def test_csv_and_tsv(endpoint: str) -> None:
    status, headers, body = get(endpoint, PEOPLE, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["name"], ["Kim Jong Un"]]
    status, headers, body = get(endpoint, PEOPLE, "text/tab-separated-values")
    assert body.decode().splitlines() == ["?name", '"Kim Jong Un"']


def test_ask_and_construct(endpoint: str) -> None:
    status, _, body = get(endpoint, "ASK { ?o a kg:Order }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = get(
        endpoint,
        "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }",
        "text/turtle",
    )
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body.decode(), format="turtle")
    assert {str(o) for o in graph.objects()} == {"Kim Jong Un"}
    status, headers, _ = get(endpoint, "DESCRIBE kgr:person\\/Kim_Jong_Un", "*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_format_parameter_overrides_accept(endpoint: str) -> None:
    status, headers, _ = fetch(f"{endpoint}?{urlencode({'query': PEOPLE, 'format': 'csv'})}")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")


def test_unacceptable_type_gets_406(endpoint: str) -> None:
    assert get(endpoint, PEOPLE, "image/png")[0] == 406


def test_updates_are_refused(endpoint: str) -> None:
    status, _, body = fetch(
        endpoint,
        data=b"INSERT DATA { <http://a> <http://b> <http://c> }",
        headers={"Content-Type": "application/sparql-update"},
    )
    assert status == 403 and b"--allow-update" in body
    answer = get(endpoint, "ASK { <http://a> ?p ?o }")[2]
    assert json.loads(answer) == {"head": {}, "boolean": False}


def test_malformed_queries_get_400(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELEKT ?x")
    assert status == 400 and b"malformed" in body


def test_results_over_the_limit_get_413(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 413 and b"LIMIT" in body
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")[0] == 200


def test_a_query_past_the_timeout_is_stopped_and_the_server_goes_on(endpoint: str) -> None:
    status, _, body = get(endpoint, ENDLESS)
    assert status == 503 and b"longer than 1 s" in body
    assert names(get(endpoint, PEOPLE)[2]) == ["Kim Jong Un"]


def test_cors_preflight_and_the_query_page(endpoint: str) -> None:
    status, headers, _ = fetch(endpoint, method="OPTIONS")
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, body = fetch(endpoint.removesuffix("sparql"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<textarea" in body


def test_allow_update_accepts_updates(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    (copy / "LOCK").unlink(missing_ok=True)
    process, url = start(copy, "--allow-update")
    try:
        status, _, _ = fetch(
            url,
            data=urlencode(
                {"update": "INSERT DATA { GRAPH <http://g> { <http://a> <http://b> 1 } }"}
            ).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert status == 204
        assert json.loads(get(url, "ASK { <http://a> ?p ?o }")[2])["boolean"] is True
    finally:
        stop(process)


def test_memory_serves_a_copy_of_the_store(store: Path) -> None:
    process, url = start(store, "--memory", "--workers", "1")
    try:
        status, _, body = get(url, PEOPLE)
        assert status == 200 and names(body) == ["Kim Jong Un"]
        meta = "ASK { GRAPH kgs:metadata { ?r kgs:articleId ?id } }"
        assert json.loads(get(url, meta)[2])["boolean"] is True
    finally:
        stop(process)


def test_memory_refuses_updates() -> None:
    with pytest.raises(ValueError, match="memory only"):
        ServeOptions(memory=True, allow_update=True)


def test_a_build_while_serving_is_refused(store: Path, endpoint: str) -> None:
    with pytest.raises(Exception, match="being used by another process"):
        GraphStore.open(store, writable=True)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("*/*", JSON),
        ("text/csv", "text/csv"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", JSON),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/*", "text/csv"),
        ("image/png", None),
    ],
)
def test_negotiation(accept: str, expected: str | None) -> None:
    offered = (JSON, "application/sparql-results+xml", "text/csv", "text/tab-separated-values")
    assert negotiate(accept, offered) == expected
