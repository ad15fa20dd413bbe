"""The `kg` command's entry point."""

from __future__ import annotations

import gc
import sys

import pytest

from kg.__main__ import main


def test_the_command_starts_the_cli_and_turns_the_collector_back_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["kg", "--version"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("kg-events ")
    assert gc.isenabled()
