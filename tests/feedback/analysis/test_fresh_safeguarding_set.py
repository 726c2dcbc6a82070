"""The fresh safeguarding set (issue 14) stays a fair yardstick: big enough, balanced, no repeats.

These tests check the set itself, never how well the analyser scores on it.
"""

import csv
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

FRESH_SET = Path(__file__).parent / "safeguarding_fresh.csv"
CATEGORIES = (
    "suicidal_thoughts", "self_harm", "domestic_abuse", "physical_abuse", "sexual_abuse",
    "online_grooming", "exploitation", "missing_children", "neglect", "parental_substance_misuse",
    "homelessness", "forced_marriage", "fgm", "radicalisation", "modern_slavery",
    "weapons_or_risk_to_others",
)
SPEAKERS = {"parent", "young_person", "child"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """Return the fresh set's rows."""
    with FRESH_SET.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_fresh_set_has_the_agreed_columns_and_values(rows):
    assert list(rows[0]) == ["id", "text", "speaker", "category", "is_disclosure", "split"]
    for row in rows:
        assert row["text"].strip(), row["id"]
        assert row["speaker"] in SPEAKERS, row["id"]
        assert row["category"] in CATEGORIES, row["id"]
        assert row["is_disclosure"] in {"0", "1"}, row["id"]
        assert row["split"] in {"dev", "heldout"}, row["id"]


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_has_at_least_four_disclosures_in_each_split(category, rows):
    counts = Counter(row["split"] for row in rows
                     if row["category"] == category and row["is_disclosure"] == "1")
    assert counts["dev"] >= 4 and counts["heldout"] >= 4, counts


def test_there_are_at_least_180_disclosures_and_180_hard_non_disclosures(rows):
    counts = Counter(row["is_disclosure"] for row in rows)
    assert counts["1"] >= 180 and counts["0"] >= 180, counts


def test_hard_non_disclosures_are_split_between_dev_and_heldout(rows):
    counts = Counter(row["split"] for row in rows if row["is_disclosure"] == "0")
    assert min(counts["dev"], counts["heldout"]) >= 85, counts


def test_ids_are_unique(rows):
    repeated = [key for key, count in Counter(row["id"] for row in rows).items() if count > 1]
    assert not repeated


def test_no_text_appears_twice(rows):
    texts = Counter(" ".join(row["text"].lower().split()) for row in rows)
    assert not [text for text, count in texts.items() if count > 1]


def test_split_is_the_one_the_seeded_script_makes(rows):
    """Nobody moves a row between dev and heldout by hand."""
    script = Path(__file__).parents[3] / "scripts" / "split_fresh_safeguarding_set.py"
    spec = importlib.util.spec_from_file_location("split_fresh_safeguarding_set", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    resplit = module.split_rows([dict(row, split="") for row in rows])
    assert [row["split"] for row in resplit] == [row["split"] for row in rows]
