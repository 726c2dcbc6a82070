"""Benchmark: score, distance travelled and reliable change for 10,000 families x 3 waves.

Run with `.venv/bin/python benchmarks/bench_scale.py`. Synthetic, seeded answers: each family
has one adult and, half the time, a child (child questionnaire); about 5% of answers are
"Prefer not to say" and about 10% of families have no close wave. Prints figures; asserts none.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from family_by_family_scale import (  # noqa: E402
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    MemberAnswers,
    classify_changes,
    distance_table,
    distance_travelled,
    estimate_reliability_parameters,
    reliable_change_for,
    score_family,
    score_table,
    summarise_change,
)

FAMILIES = 10_000
WAVES = ("start", "middle", "close")
SEED = 20240501


def make_answers(rng: np.random.Generator) -> pd.DataFrame:
    """One row per member per wave, item columns 1-5 or NaN, drifting upwards over the waves."""
    has_child = rng.random(FAMILIES) < 0.5
    has_close = rng.random(FAMILIES) >= 0.1
    level = rng.normal(2.8, 0.7, FAMILIES)
    rows = []
    for family in range(FAMILIES):
        members = ["adult", "child"] if has_child[family] else ["adult"]
        for step, wave in enumerate(WAVES):
            if wave == "close" and not has_close[family]:
                continue
            for member in members:
                rows.append((f"F{family:05d}", member, wave, level[family] + 0.3 * step))
    frame = pd.DataFrame(rows, columns=["case_id", "member_id", "wave", "level"])
    codes = FAMILY_OUTCOMES.item_codes
    noise = rng.normal(0, 0.8, (len(frame), len(codes)))
    values = np.clip(np.rint(frame["level"].to_numpy()[:, None] + noise), 1, 5)
    values[rng.random(values.shape) < 0.05] = np.nan
    return pd.concat([frame.drop(columns="level"), pd.DataFrame(values, columns=codes)], axis=1)


def to_records(answers: pd.DataFrame) -> dict[str, dict[str, list[MemberAnswers]]]:
    """Plain mappings {case: {wave: [MemberAnswers]}}, as the web app would hold them."""
    codes = FAMILY_OUTCOMES.item_codes
    matrix = answers[list(codes)].to_numpy()
    families: dict[str, dict[str, list[MemberAnswers]]] = {}
    for position, (case, member, wave) in enumerate(
        answers[["case_id", "member_id", "wave"]].itertuples(index=False)
    ):
        row = matrix[position]
        given = {code: (None if np.isnan(v) else int(v)) for code, v in zip(codes, row, strict=True)}
        instrument = FAMILY_OUTCOMES_CHILD if member == "child" else FAMILY_OUTCOMES
        families.setdefault(case, {}).setdefault(wave, []).append(
            MemberAnswers(member, given, instrument)
        )
    return families


def main() -> None:
    """Time the pure-Python per-family path and the vectorised pandas path."""
    rng = np.random.default_rng(SEED)
    answers = make_answers(rng)
    families = to_records(answers)
    n_rows = len(answers)
    n_cells = n_rows * len(FAMILY_OUTCOMES.item_codes)
    print(
        f"Input: {FAMILIES:,} families x {len(WAVES)} waves = {n_rows:,} member questionnaires, "
        f"{n_cells:,} answers ({int(answers[list(FAMILY_OUTCOMES.item_codes)].isna().sum().sum()):,}"
        " prefer not to say)."
    )

    start_answers = [
        (case, member.answers)
        for case, waves in families.items()
        for member in waves["start"]
        if member.instrument is FAMILY_OUTCOMES
    ]
    began = time.perf_counter()
    parameters = estimate_reliability_parameters(start_answers)
    print(
        f"Reliability estimate from {len(start_answers):,} adult start answers: "
        f"{time.perf_counter() - began:.2f} s (SD {parameters.sd:.3f}, alpha "
        f"{parameters.reliability:.3f}, threshold {parameters.threshold:.3f} points)"
    )

    began = time.perf_counter()
    improved = 0
    for waves in families.values():
        scored = {wave: score_family(members) for wave, members in waves.items()}
        distance_travelled(scored["start"], scored["middle"])
        if "close" in scored:
            change = distance_travelled(scored["start"], scored["close"])
            if change.total is not None and scored["start"].total is not None:
                result = reliable_change_for(
                    scored["start"].total, scored["start"].total + change.total, parameters
                )
                improved += result.category == "improved"
    pure = time.perf_counter() - began
    print(
        f"Pure Python (score_family, distance_travelled x2, reliable_change_for per family): "
        f"{pure:.2f} s, {FAMILIES / pure:,.0f} families/s; {improved:,} families reliably improved"
    )

    began = time.perf_counter()
    scored_table = pd.concat(
        [
            score_table(answers[answers["member_id"] == "adult"], FAMILY_OUTCOMES),
            score_table(answers[answers["member_id"] == "child"], FAMILY_OUTCOMES_CHILD),
        ]
    )
    scored_at = time.perf_counter()
    changes = distance_table(
        scored_table,
        columns=("total", *FAMILY_OUTCOMES.area_codes),
        id_columns=("case_id", "member_id"),
    )
    categories = classify_changes(changes["total_change"], parameters)
    summary = summarise_change(scored_table, parameters, id_columns=("case_id", "member_id"))
    vectorised = time.perf_counter() - began
    print(
        f"Vectorised pandas (score_table {scored_at - began:.2f} s, then distance_table, "
        f"classify_changes, summarise_change): {vectorised:.2f} s, "
        f"{n_rows / vectorised:,.0f} questionnaires/s"
    )
    print(
        f"Members paired start-close: {summary.n_paired:,}, unpaired: {summary.n_unpaired:,}; "
        f"mean change {summary.mean_change.estimate:+.3f} "
        f"(95% CI {summary.mean_change.low:+.3f} to {summary.mean_change.high:+.3f}); "
        f"reliably improved {summary.improved.estimate:.1%}; "
        f"categories counted {int(categories.notna().sum()):,}"
    )


if __name__ == "__main__":
    main()
