import csv

from click.testing import CliRunner

from feedback.cli import ADDED_COLUMNS, analyse_feedback_command


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def test_command_adds_analysis_columns(tmp_path):
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    write_csv(source, [["id", "comment", "q"],
                       ["1", "Nothing", "What could we do better?"],
                       ["2", "=HYPERLINK(\"x\") dad hits me", "anything_else"],
                       ["3", "We waited months for housing", "do_better"]])
    result = CliRunner().invoke(analyse_feedback_command, [
        str(source), str(target), "--text-column", "comment", "--question-column", "q"])
    assert result.exit_code == 0, result.output
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["id", "comment", "q", *ADDED_COLUMNS]
    assert rows[0]["sentiment"] == "positive"
    assert rows[1]["safeguarding"] == "flagged" and rows[1]["comment"].startswith("'=")
    assert rows[2]["themes"].split(";") == ["housing", "waiting"]
    assert rows[2]["sentiment"] == "negative"


def test_a_councils_own_question_wording_keeps_the_question_prior(tmp_path):
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    write_csv(source, [["comment", "question"],
                       ["Nothing", "What could be better?"],
                       ["Nothing", "What has been most helpful?"],
                       ["Nothing", "How old are you?"]])
    result = CliRunner().invoke(analyse_feedback_command, [
        str(source), str(target), "--text-column", "comment", "--question-column", "question"])
    assert result.exit_code == 0, result.output
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["sentiment"] for row in rows] == ["positive", "negative", "mixed"]


def test_missing_column_is_a_clear_error(tmp_path):
    source = tmp_path / "in.csv"
    write_csv(source, [["comment"], ["ok"]])
    result = CliRunner().invoke(analyse_feedback_command, [
        str(source), str(tmp_path / "out.csv"), "--text-column", "text"])
    assert result.exit_code == 2
    assert "There is no column called 'text'" in result.output


def test_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(analyse_feedback_command, [
        str(tmp_path / "nope.csv"), str(tmp_path / "out.csv"), "--text-column", "text"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_unreadable_file_is_a_clear_error(tmp_path):
    source = tmp_path / "in.csv"
    source.write_bytes(b"comment\n\xff\xfe\xfa bad\n")
    result = CliRunner().invoke(analyse_feedback_command, [
        str(source), str(tmp_path / "out.csv"), "--text-column", "comment"])
    assert result.exit_code == 1
    assert "not UTF-8" in result.output
    assert "Traceback" not in result.output


def test_analysis_never_overwrites_an_input_column(tmp_path):
    """An input that already has "polarity" (and "analysed_polarity", and "themes") keeps them as
    they were; the analysis goes into the next free names, and the command says so."""
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    write_csv(source, [["comment", "polarity", "analysed_polarity", "themes"],
                       ["We waited months for housing", "-7", "=1+1", "our own coding"]])
    result = CliRunner().invoke(analyse_feedback_command, [
        str(source), str(target), "--text-column", "comment"])
    assert result.exit_code == 0, result.output
    assert "'analysed_polarity_2'" in result.output and "'analysed_themes'" in result.output
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    row = rows[0]
    assert list(row)[:4] == ["comment", "polarity", "analysed_polarity", "themes"]
    assert row["polarity"] == "'-7" and row["analysed_polarity"] == "'=1+1"
    assert row["themes"] == "our own coding"
    assert row["analysed_themes"].split(";") == ["housing", "waiting"]
    assert float(row["analysed_polarity_2"]) < 0  # the analysis's number, written as a number
    assert row["sentiment"] == "negative"
