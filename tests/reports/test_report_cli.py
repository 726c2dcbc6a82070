"""`flask report quarterly` writes the report as HTML, PDF or CSV."""
from __future__ import annotations

import pytest

from tests.reports.council import QUARTER


@pytest.mark.parametrize("fmt", ["html", "pdf", "csv"])
def test_the_command_writes_each_format(runner, council, tmp_path, fmt):  # noqa: F811
    output = tmp_path / f"report.{fmt}"
    result = runner.invoke(args=["report", "quarterly", "--quarter", QUARTER.code,
                                 "--locality", "North", "--format", fmt, "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "North locality" in result.output
    data = output.read_bytes()
    assert {"html": b"<!DOCTYPE html>", "pdf": b"%PDF", "csv": b"quarter,group"}[fmt] in data[:40]


def test_the_command_explains_a_bad_quarter_or_locality(runner, council, tmp_path):  # noqa: F811
    result = runner.invoke(args=["report", "quarterly", "--quarter", "Q3", "--output",
                                 str(tmp_path / "x.pdf")])
    assert result.exit_code != 0 and "like 2026Q3" in result.output
    result = runner.invoke(args=["report", "quarterly", "--quarter", QUARTER.code, "--locality",
                                 "Atlantis", "--output", str(tmp_path / "x.pdf")])
    assert result.exit_code != 0 and "no locality called 'Atlantis'" in result.output
