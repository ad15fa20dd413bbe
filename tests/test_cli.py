"""The `kg` command end to end, through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEED

runner = CliRunner()

ARTICLE = """---
title: Orders in the provinces
date: 2024-07-29
publisher: Daily NK
---
Kim Jong Un ordered officials in Hyesan to repair the dams on July 28, a source told Daily NK.
"""


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "seed.ttl"
    result = runner.invoke(app, ["build", str(SEED), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_help_documents_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query", "validate"):
        assert command in result.output
    build_help = runner.invoke(app, ["build", "--help"]).output
    for option in ("--output", "--format", "--published", "--model", "--skip-errors", "--quiet"):
        assert option in build_help


@pytest.mark.parametrize(
    ("name", "parse_as"),
    [
        ("g.ttl", "turtle"),
        ("g.nt", "nt"),
        ("g.trig", "trig"),
        ("g.nq", "nquads"),
        ("g.jsonld", "json-ld"),
    ],
)
def test_build_writes_each_rdf_format(tmp_path: Path, name: str, parse_as: str) -> None:
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / name
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(out, format=parse_as)
    assert len(list(dataset.quads((None, None, None, None)))) > 20


def test_build_graphml(tmp_path: Path) -> None:
    import networkx as nx

    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "g.graphml"
    assert runner.invoke(app, ["build", str(source), "-o", str(out), "-q"]).exit_code == 0
    graph = nx.read_graphml(out)
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert "Kim Jong Un" in labels


def test_build_reads_stdin_with_published_date(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    text = "Kim Jong Un ordered officials to repair the dams on Monday."
    result = runner.invoke(
        app, ["build", "-", "-o", str(out), "--published", "2024-07-31", "-q"], input=text
    )
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    values = {str(o) for o in graph.objects(None, None) if str(o).startswith("2024-07-29")}
    assert values, "Monday before 2024-07-31 is 2024-07-29"


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("table", lambda out: "Kim Yo Jong" in out and "row" in out),
        ("csv", lambda out: out.splitlines()[0] == "name" and "Kim Yo Jong" in out),
        ("tsv", lambda out: out.splitlines()[:2] == ["?name", '"Kim Il Sung"']),
        ("json", lambda out: json.loads(out)["head"]["vars"] == ["name"]),
    ],
)
def test_query_formats(seed_ttl: Path, fmt: str, check) -> None:  # type: ignore[no-untyped-def]
    query = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
    result = runner.invoke(app, ["query", str(seed_ttl), query, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_query_ask_and_query_file(seed_ttl: Path, tmp_path: Path) -> None:
    rq = tmp_path / "orders.rq"
    rq.write_text("ASK { ?o a kg:Order }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(seed_ttl), str(rq)])
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_malformed_query_reports_position(seed_ttl: Path) -> None:
    result = runner.invoke(app, ["query", str(seed_ttl), "SELECT ?x WHERE { ?x ?y }"])
    assert result.exit_code == 1
    assert "malformed SPARQL query" in result.output
    assert "line" in result.output


def test_query_failing_while_running_is_an_error_not_a_traceback(seed_ttl: Path) -> None:
    # rdflib cannot DISTINCT-concatenate a variable an OPTIONAL left unbound.
    query = (
        "SELECT ?e (GROUP_CONCAT(DISTINCT ?x) AS ?xs) WHERE "
        "{ ?e a sem:Event OPTIONAL { ?e kg:noSuchProperty ?x } } GROUP BY ?e"
    )
    result = runner.invoke(app, ["query", str(seed_ttl), query])
    assert result.exit_code == 1
    assert "the SPARQL query failed while running" in result.output


def test_validate(seed_ttl: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["validate", str(seed_ttl)]).exit_code == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix kg: <https://w3id.org/kg-events/ontology#> .\n"
        "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n"
        "<urn:e> a sem:Event .\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "urn:e" in result.output


def _bad_inputs(tmp: Path) -> list[tuple[list[str], str]]:
    (tmp / "empty.txt").write_text("", encoding="utf-8")
    (tmp / "binary.txt").write_bytes(b"\x00\x01\x02rice")
    (tmp / "latin1.txt").write_bytes("Caf\xe9 owners".encode("latin-1"))
    (tmp / "bad.jsonl").write_text('{"id": "a", "text": "Kim left."}\nnot json\n', encoding="utf-8")
    (tmp / "notext.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")
    (tmp / "doc.pdf").write_bytes(b"%PDF")
    return [
        ([str(tmp / "empty.txt")], "empty"),
        ([str(tmp / "binary.txt")], "binary"),
        ([str(tmp / "latin1.txt")], "UTF-8"),
        ([str(tmp / "bad.jsonl")], "bad.jsonl:2"),
        ([str(tmp / "notext.jsonl")], "notext.jsonl:1"),
        ([str(tmp / "doc.pdf")], ".pdf"),
        ([str(tmp / "missing.txt")], "missing.txt"),
    ]


def test_bad_input_fails_clearly_and_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "kept.ttl"
    out.write_text("# an earlier graph\n", encoding="utf-8")
    for args, needle in _bad_inputs(tmp_path):
        result = runner.invoke(app, ["build", *args, "-o", str(out), "-q"])
        assert result.exit_code != 0, args
        assert needle in result.output, (args, result.output)
        assert out.read_text(encoding="utf-8") == "# an earlier graph\n"


def test_skip_errors_goes_on_and_counts(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Kim Jong Un visited Hyesan."}\nnot json\n{"id": "b", "text": ""}\n',
        encoding="utf-8",
    )
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--skip-errors"])
    assert result.exit_code == 0, result.output
    assert "2 skipped" in result.output
    assert "corpus.jsonl:2" in result.output


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-o", "no/such/folder/g.ttl"], "does not exist"),
        (["-o", "g.xyz"], "format"),
        (["-o", "g.ttl", "--published", "29/07/2024"], "YYYY-MM-DD"),
        (["-o", "g.ttl", "--model", "no_such_model_xyz"], "pip install"),
    ],
)
def test_bad_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], needle: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(SEED), *args, "-q"])
    assert result.exit_code != 0
    assert needle in result.output


def test_triples_reads_sentences_and_writes_carb(tmp_path: Path) -> None:
    sentences = tmp_path / "sentences.txt"
    sentences.write_text(
        "Police arrested three smugglers in Hyesan .\nKim Jong Un visited the farm .\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["triples", str(sentences), "--format", "carb"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert rows[0][0] == "Police arrested three smugglers in Hyesan ."
    assert rows[0][2:] == ["arrested", "Police", "three smugglers", "in Hyesan"]
    assert any(row[2:] == ["visited", "Kim Jong Un", "the farm"] for row in rows)


def test_triples_reads_stdin_and_articles(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["triples", "-", "-f", "jsonl"], input="He plans to visit Russia.\n"
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert (record["predicate"]["text"], record["source"]) == ("plans to visit", "1")
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["triples", str(source), "--articles"])
    assert result.exit_code == 0, result.output
    assert "a\t" in result.output and "ordered" not in result.output.split("\n")[0]


def test_triples_bad_input_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"A fine sentence .\n\xff\n")
    result = runner.invoke(app, ["triples", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: not UTF-8" in result.output


def test_eval_carb_scores_an_extractions_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.tsv"
    gold.write_text("Kim visited the farm .\tvisited\tKim\tthe farm\n", encoding="utf-8")
    sentences = tmp_path / "sentences.txt"
    sentences.write_text("Kim visited the farm .\n", encoding="utf-8")
    extractions = tmp_path / "out.carb"
    extractions.write_text(
        "Kim visited the farm .\t0.7\tvisited\tKim\tthe farm\n", encoding="utf-8"
    )
    result = runner.invoke(
        app,
        [
            "eval-carb",
            str(gold),
            str(sentences),
            "--half",
            "all",
            "--extractions",
            str(extractions),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "F1 1.000" in result.output
    result = runner.invoke(app, ["eval-carb", str(gold), str(sentences), "--half", "most"])
    assert result.exit_code == 1 and "half = 'most'" in result.output


def test_eval_benchie_scores_an_extractions_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "sent_id:1\tKim visited the farm .\n------ Cluster 1 ------\n"
        "Kim --> visited --> [the] farm\n",
        encoding="utf-8",
    )
    sentences = tmp_path / "sentences.txt"
    sentences.write_text("Kim visited the farm .\n", encoding="utf-8")
    extractions = tmp_path / "out.txt"
    extractions.write_text("1\tKim\tvisited\tfarm\n1\tKim\tvisited\tKim\n", encoding="utf-8")
    args = ["eval-benchie", str(gold), str(sentences), "--half", "all"]
    result = runner.invoke(app, [*args, "--extractions", str(extractions)])
    assert result.exit_code == 0, result.output
    assert "P 0.500  R 1.000  F1 0.667" in result.output
    result = runner.invoke(app, ["eval-benchie", str(gold), str(sentences), "--half", "most"])
    assert result.exit_code == 1 and "half = 'most'" in result.output
    gold.write_text("Kim --> visited --> farm\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "gold.txt:1" in result.output


def test_timex_prints_offsets_type_and_value(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The talks resumed on Monday and lasted two days.\n", encoding="utf-8")
    result = runner.invoke(app, ["timex", str(path), "--published", "2024-07-31"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines()]
    assert lines[0] == ["article", "start", "end", "type", "value", "text"]
    assert lines[1:] == [
        ["a", "21", "27", "DATE", "2024-07-29", "Monday"],
        ["a", "39", "47", "DURATION", "P2D", "two days"],
    ]


def test_timex_rejects_a_bad_date_and_a_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["timex", str(tmp_path / "a.txt"), "--published", "July"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["timex", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.output


def test_eval_timeml_scores_a_folder(tmp_path: Path) -> None:
    (tmp_path / "d1.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
        'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT><TEXT>Bombs exploded '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval-timeml", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["documents"] == 1
    assert scores["value"]["f1"] == 1.0
    result = runner.invoke(app, ["eval-timeml", str(tmp_path), "--split", "test"])
    assert result.exit_code == 1
    assert "split 'test'" in result.output


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--parts", "p"], "--parts goes with --dask"),
        (["--dask", "tcp://127.0.0.1:1", "--workers", "2", "-o", "g.nq"], "--workers is for"),
        (["-o", "g.nq", "--store", "s"], "either -o FILE or --store"),
    ],
)
def test_build_rejects_options_that_do_not_go_together(
    tmp_path: Path, options: list[str], message: str
) -> None:
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["build", str(source), *options])
    assert result.exit_code == 2
    assert message in result.output


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import _Progress
    from kg.io.read import read_articles
    from kg.pipeline import build_file

    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    with _Progress(False, [str(source)]) as progress:
        build_file(read_articles([str(source)]), tmp_path / "g.nq", on_article=progress.written)
    assert progress.count == 1
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", capsys.readouterr().err)
    assert "1/1 articles" in shown
    with _Progress(True, [str(source)]) as quiet:
        quiet.written(None)  # type: ignore[arg-type]
    assert capsys.readouterr().err == ""
