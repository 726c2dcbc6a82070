"""A family's journey: scores at start, middle and close, what changed, every voice, what to praise.

Pure: plain values in (members, submitted responses, goals, comments, frozen reliability
parameters), frozen dataclasses out. All the maths comes from `family_by_family_scale`; this
module only chooses what to compare and puts it into plain words. Higher scores are better.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from family_by_family_scale import (
    AREAS,
    FAMILY_OUTCOMES,
    MADE_A_DIFFERENCE,
    SERVICE_EXPERIENCE,
    FamilyScore,
    Instrument,
    MemberAnswers,
    ReliabilityParameters,
    Score,
    classify_item_change,
    distance_travelled,
    goal_progress,
    instrument_for,
    provisional_parameters,
    reliable_change_for,
    score_answers,
    score_family,
)
from feedback.analysis.questions import QUESTIONS
from reports.charts import Chart, Series, area_chart, people_chart
from reports.journey.model import (
    FAMILY_KEY,
    WAVE_LABELS,
    WAVES,
    Agreement,
    AreaRow,
    ChangeVerdict,
    CommentRecord,
    CommentView,
    Difference,
    DifferenceView,
    FamilyPdf,
    GoalRecord,
    GoalRow,
    Journey,
    MemberGoal,
    MemberRecord,
    OtherView,
    Praise,
    ResponseRecord,
    ServiceAnswerRow,
    ServiceBlock,
    Sharing,
    SideBySide,
    StatementRow,
    Voice,
)

TOTAL = "total"
OVERALL_TITLE = "Overall"

# Plain words for the reliable-change categories (and the goal-change categories, which use
# the same three names).
CHANGE_WORDS = {"improved": "a real step forward", "no_change": "about the same",
                "deteriorated": "a harder time than before"}
STATEMENT_WORDS = {"improved": "Up 2 or more", "no_change": "", "deteriorated": "Down 2 or more"}

# Every voice: one member says a statement is like the family (4-5), another says it is not (1-2).
AGREES, DISAGREES = 4, 2
PRAISE_MIN_RISE = 1.0  # family mean rise, in points, for a statement to be praised as improved
PRAISE_MIN_SCORE = 4.0  # family mean at the latest wave for a statement to be praised as a strength
MAX_PRAISE = 5

Frozen = Mapping[tuple[str, int, str], ReliabilityParameters]


# --- helpers -----------------------------------------------------------------------------------


def parameters_for(instrument: Instrument, scope: str, frozen: Frozen) -> ReliabilityParameters:
    """The council's frozen estimate for this questionnaire version and scope, else provisional."""
    stored = frozen.get((instrument.code, instrument.version, scope))
    if stored is not None:
        return stored
    return provisional_parameters(instrument, scope,
                                  "No estimate has been frozen for this questionnaire yet.")


def _verdict(pre: float | None, post: float | None, parameters: ReliabilityParameters,
             earlier: str, later: str) -> ChangeVerdict | None:
    if pre is None or post is None:
        return None
    result = reliable_change_for(pre, post, parameters)
    return ChangeVerdict(
        category=result.category, words=CHANGE_WORDS[result.category], earlier_wave=earlier,
        later_wave=later, pre=pre, post=post, change=result.change, rci=result.rci,
        threshold=result.threshold, sd=parameters.sd, reliability=parameters.reliability,
        is_provisional=parameters.is_provisional, source=parameters.source)


def _build_voice(key: str, name: str, role_label: str, scores: Mapping[str, object],
                 instrument: Instrument, frozen: Frozen, note: str | None = None) -> Voice:
    """scores: wave -> Score or FamilyScore (only waves with answers)."""
    waves = tuple(w for w in WAVES if w in scores)
    compared = (waves[0], waves[-1]) if len(waves) >= 2 else None
    distance = distance_travelled(scores[compared[0]], scores[compared[1]]) if compared else None

    def area_values(wave: str) -> Mapping[str, float | None]:
        return scores[wave].area_values if wave in scores else {}

    rows = []
    for area in AREAS:
        values = tuple(area_values(w).get(area.code) if w in scores else None for w in WAVES)
        change = distance.areas.get(area.code) if distance else None
        verdict = None
        if compared and change is not None:
            verdict = _verdict(area_values(compared[0])[area.code],
                               area_values(compared[1])[area.code],
                               parameters_for(instrument, area.code, frozen), *compared)
        rows.append(AreaRow(area.code, area.title, values, change, verdict))
    totals = tuple(scores[w].total if w in scores else None for w in WAVES)
    total_change = distance.total if distance else None
    overall_verdict = None
    if compared and total_change is not None:
        overall_verdict = _verdict(scores[compared[0]].total, scores[compared[1]].total,
                                   parameters_for(instrument, TOTAL, frozen), *compared)
    overall = AreaRow(TOTAL, OVERALL_TITLE, totals, total_change, overall_verdict)

    area_titles = {a.code: a.title for a in AREAS}
    statements = []
    for item in FAMILY_OUTCOMES.items:
        values = tuple(scores[w].item_values.get(item.code) if w in scores else None
                       for w in WAVES)
        change = distance.items.get(item.code) if distance else None
        words = ""
        if change is not None:
            first = values[WAVES.index(compared[0])]
            words = STATEMENT_WORDS[classify_item_change(first, first + change)]
        statements.append(StatementRow(item.code, item.text, area_titles[item.area], values,
                                       change, words))
    return Voice(key, name, role_label, waves, tuple(rows), overall, tuple(statements),
                 compared, note)


_PRONOUNS = {"we": "you", "us": "you", "our": "your", "ourselves": "yourselves"}
_AUXILIARIES = {"can", "are", "will"}  # "now" goes after these: "you can now trust"


def praise_sentence(statement: str, *, is_new: bool) -> str:
    """Turn a statement ("We ask for help when we need it.") into praise said to the family
    ("You told us you now ask for help when you need it.")."""
    words = statement.rstrip(".").split()
    words[0] = words[0].lower()
    said = [_PRONOUNS.get(w.lower(), w) for w in words]
    if is_new:
        first_you = said.index("you") if "you" in said else 0
        at = first_you + 1
        if at < len(said) and said[at] in _AUXILIARIES:
            at += 1
        said.insert(at, "now")
    return "You told us " + " ".join(said) + "."


def _spread(statements: list[StatementRow]) -> list[StatementRow]:
    """Keep the order, but take the best of each area before a second from any area."""
    seen: set[str] = set()
    first, rest = [], []
    for s in statements:
        (rest if s.area_title in seen else first).append(s)
        seen.add(s.area_title)
    return first + rest


def _praise(family: Voice | None) -> tuple[Praise, ...]:
    if family is None:
        return ()
    latest = WAVES.index(family.waves[-1])
    found: list[Praise] = []
    rises = _spread(sorted((s for s in family.statements if s.change is not None
                            and s.change >= PRAISE_MIN_RISE), key=lambda s: (-s.change, s.code)))
    for s in rises:
        found.append(Praise(s.code, praise_sentence(s.text, is_new=True),
                            f"Up {s.change:.1f} since the {family.compared[0]}"))
    strengths = _spread(sorted((s for s in family.statements if s.values[latest] is not None
                                and s.values[latest] >= PRAISE_MIN_SCORE),
                               key=lambda s: (-s.values[latest], s.code)))
    for s in strengths:
        if s.code not in {p.code for p in found}:
            found.append(Praise(s.code, praise_sentence(s.text, is_new=False),
                                f"Rated {s.values[latest]:.1f} out of 5 at the "
                                f"{family.waves[-1]}"))
    return tuple(found[:MAX_PRAISE])


def _views_at(pairs: Sequence[tuple[MemberRecord, ResponseRecord]], code: str
              ) -> list[OtherView]:
    views = []
    for member, response in pairs:
        value = response.answers.get(code)
        if value is not None:
            instrument = instrument_for(response.instrument_code, response.instrument_version)
            views.append(OtherView(member.first_name, value, instrument.label_for(value)))
    return views


def _agreements(by_wave: Mapping[str, list[tuple[MemberRecord, ResponseRecord]]]
                ) -> tuple[Agreement, ...]:
    """Where everyone who answered (two or more) said the same end of the scale, at the latest
    wave two or more answered: all 4-5 ("like us") or all 1-2 ("not like us")."""
    waves = [w for w in WAVES if len(by_wave.get(w, [])) >= 2]
    if not waves:
        return ()
    wave = waves[-1]
    found = []
    for item in FAMILY_OUTCOMES.items:
        views = _views_at(by_wave[wave], item.code)
        if len(views) < 2:
            continue
        values = [v.value for v in views]
        if min(values) >= AGREES or max(values) <= DISAGREES:
            found.append(Agreement(item.code, item.text, wave, min(values) >= AGREES,
                                   tuple(sorted(views, key=lambda v: -v.value))))
    return tuple(sorted(found, key=lambda a: not a.is_like_us))


def _differences(by_wave: Mapping[str, list[tuple[MemberRecord, ResponseRecord]]]
                 ) -> tuple[Difference, ...]:
    """Where members see a statement differently, at the latest wave two or more answered."""
    waves = [w for w in WAVES if len(by_wave.get(w, [])) >= 2]
    if not waves:
        return ()
    wave = waves[-1]
    found = []
    for item in FAMILY_OUTCOMES.items:
        views = _views_at(by_wave[wave], item.code)
        values = [v.value for v in views]
        if values and max(values) >= AGREES and min(values) <= DISAGREES:
            found.append(Difference(item.code, item.text, wave,
                                    tuple(sorted(views, key=lambda v: -v.value))))
    return tuple(found)


def _goals(goals: Sequence[GoalRecord], members: Sequence[MemberRecord],
           responses: Sequence[ResponseRecord]) -> tuple[GoalRow, ...]:
    rows = []
    for goal in sorted(goals, key=lambda g: g.position):
        per_member = []
        for member in members:
            ratings = {r.wave: r.goal_ratings.get(goal.position) for r in responses
                       if r.member_id == member.id}
            rated = [w for w in WAVES if ratings.get(w) is not None]
            if not rated:
                continue
            change = words = None
            if len(rated) >= 2:
                progress = goal_progress({w: {goal.position: ratings[w]} for w in rated},
                                         earlier=rated[0], later=rated[-1])
                change = progress.changes[0].change
                words = CHANGE_WORDS[progress.changes[0].category]
            per_member.append(MemberGoal(member.first_name,
                                         tuple(ratings.get(w) for w in WAVES), change, words))
        rows.append(GoalRow(goal.position, goal.text, tuple(per_member)))
    return tuple(rows)


def _asked_in(response: ResponseRecord, code: str) -> Instrument:
    """The service questionnaire one answer was given in (its wording and answer words)."""
    default = MADE_A_DIFFERENCE if code in MADE_A_DIFFERENCE.item_codes else SERVICE_EXPERIENCE
    found = response.service_versions.get(code)
    return instrument_for(*found) if found else default


_SERVICE_ORDER = (*SERVICE_EXPERIENCE.item_codes, *MADE_A_DIFFERENCE.item_codes)


def _service(members: Mapping[int, MemberRecord],
             responses: Sequence[ResponseRecord]) -> tuple[ServiceBlock, ...]:
    blocks = []
    for r in sorted(responses, key=lambda r: (WAVES.index(r.wave), r.member_id)):
        if not r.service_answers:
            continue
        rows = []
        for code in _SERVICE_ORDER:
            if code in r.service_answers:
                asked, value = _asked_in(r, code), r.service_answers[code]
                rows.append(ServiceAnswerRow(asked.item(code).text, value, asked.label_for(value)))
        blocks.append(ServiceBlock(members[r.member_id].first_name, r.wave, tuple(rows)))
    return tuple(blocks)


def _made_a_difference(members: Mapping[int, MemberRecord],
                       responses: Sequence[ResponseRecord]) -> tuple[DifferenceView, ...]:
    """Each member's own answer at the close to "Has working with us made a difference?"."""
    code = MADE_A_DIFFERENCE.item_codes[0]
    views = []
    for r in sorted(responses, key=lambda r: r.member_id):
        if r.wave == "close" and code in r.service_answers:
            asked, value = _asked_in(r, code), r.service_answers[code]
            views.append(DifferenceView(members[r.member_id].first_name, asked.item(code).text,
                                        value, asked.label_for(value)))
    return tuple(views)


def _comments(members: Mapping[int, MemberRecord],
              comments: Sequence[CommentRecord]) -> tuple[CommentView, ...]:
    ordered = sorted(comments, key=lambda c: (
        not (c.is_safeguarding and not c.is_acknowledged), not c.is_safeguarding,
        -c.written_at.timestamp(), c.id))
    return tuple(CommentView(c.id, members[c.member_id].first_name, c.wave,
                             QUESTIONS.get(c.question, c.question), c.text, c.is_safeguarding,
                             c.is_safeguarding and not c.is_acknowledged) for c in ordered)


def _family_waves(waves: Sequence[str], member_scores: Mapping[int, Mapping[str, Score]]
                  ) -> tuple[str, str] | None:
    """The widest pair of the family's waves that at least one member answered at both (the
    first and last waves when someone answered both), or None when no one answered twice."""
    pairs = sorted(((a, b) for i, a in enumerate(waves) for b in waves[i + 1:]),
                   key=lambda p: (WAVES.index(p[0]) - WAVES.index(p[1]), WAVES.index(p[0])))
    for earlier, later in pairs:
        if any(earlier in own and later in own for own in member_scores.values()):
            return earlier, later
    return None


def _mean(values: Sequence[float | None]) -> float | None:
    given = [v for v in values if v is not None]
    return sum(given) / len(given) if given else None


def _family_voice(members: Sequence[MemberRecord],
                  member_scores: Mapping[int, Mapping[str, Score]],
                  family_scores: Mapping[str, FamilyScore], waves: Sequence[str]) -> Voice:
    """The family: scores at each wave from whoever answered, and a change that compares the
    same people only.

    Family change = (1/k) x sum of d_i, the mean of the k members' own changes (later - earlier,
    `distance_travelled`) between the compared waves, over members measured at both; a member
    whose area or total cannot be compared is left out of that mean. Higher is better. There is
    no family reliable-change verdict: members of one family answer about the same home at the
    same visit, so their measurement errors need not be independent, and the error of a mean of
    k changes is then not Sdiff / sqrt(k). Reliable change is judged for each member only.
    """
    compared = _family_waves(waves, member_scores)
    paired = [m for m in members if compared and compared[0] in member_scores.get(m.id, {})
              and compared[1] in member_scores.get(m.id, {})]
    distances = [distance_travelled(member_scores[m.id][compared[0]],
                                    member_scores[m.id][compared[1]]) for m in paired]

    def at(wave: str) -> FamilyScore | None:
        return family_scores.get(wave)

    rows = []
    for area in AREAS:
        values = tuple(at(w).area_values.get(area.code) if at(w) else None for w in WAVES)
        change = _mean([d.areas.get(area.code) for d in distances]) if distances else None
        rows.append(AreaRow(area.code, area.title, values, change, None))
    totals = tuple(at(w).total if at(w) else None for w in WAVES)
    overall = AreaRow(TOTAL, OVERALL_TITLE, totals,
                      _mean([d.total for d in distances]) if distances else None, None)
    area_titles = {a.code: a.title for a in AREAS}
    statements = []
    for item in FAMILY_OUTCOMES.items:
        values = tuple(at(w).item_values.get(item.code) if at(w) else None for w in WAVES)
        change = _mean([d.items.get(item.code) for d in distances]) if distances else None
        statements.append(StatementRow(item.code, item.text, area_titles[item.area], values,
                                       change, ""))
    paired_ids = {m.id for m in paired}
    left_out = tuple(m.first_name for m in members
                     if m.id in member_scores and m.id not in paired_ids)
    return Voice(FAMILY_KEY, "The family", "Everyone who answered", tuple(waves), tuple(rows),
                 overall, tuple(statements), compared,
                 _family_note(compared, tuple(m.first_name for m in paired), left_out, waves),
                 compared_members=tuple(m.first_name for m in paired), left_out=left_out)


def _family_note(compared: tuple[str, str] | None, paired: tuple[str, ...],
                 left_out: tuple[str, ...], waves: Sequence[str]) -> str | None:
    """Who the family's change compares, in words."""
    if compared is None:
        if len(waves) < 2:
            return None
        return ("No one has answered at two different times yet, so there is no family change "
                "to show: comparing different people would not say how anyone has changed.")
    who = _and(list(paired))
    said = (f"The family's change is the average change of {who}, who answered at both the "
            f"{compared[0]} and the {compared[1]}; each person counts equally.")
    if left_out:
        said += (f" {_and(list(left_out))} did not answer at both, so "
                 f"{'is' if len(left_out) == 1 else 'are'} not in it.")
    return said + (" Whether a change is real is judged for each person, not for the family's "
                   "average.")


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def build_journey(members: Sequence[MemberRecord], responses: Sequence[ResponseRecord],
                  goals: Sequence[GoalRecord] = (), comments: Sequence[CommentRecord] = (),
                  frozen: Frozen | None = None) -> Journey:
    """Build a family's journey from its submitted responses.

    Each member is compared between the first and last waves they answered, with reliable
    change from the frozen parameters of their own questionnaire version and scope where given,
    otherwise the library's provisional ones. The family's scores at a wave are score_family's
    equal-weight mean of whoever answered; the family's *change* is the mean of the changes of
    the members who answered at both compared waves (see `_family_voice`), never a comparison
    of different people, and it carries no reliable-change verdict of its own.
    """
    frozen = frozen or {}
    by_id = {m.id: m for m in members}
    for response in responses:
        if response.wave not in WAVES or response.member_id not in by_id:
            raise ValueError(f"Unknown wave or member in response: {response.wave!r}, "
                             f"{response.member_id!r}")
    by_wave = _by_wave(by_id, responses)
    waves = tuple(w for w in WAVES if w in by_wave)
    member_scores = _member_scores(members, responses)
    voices = [_member_voice(m, member_scores[m.id], responses, frozen)
              for m in members if m.id in member_scores]
    family = _family_for(members, responses, member_scores)
    journey_voices = ([family] if family else []) + voices
    is_provisional = any(row.verdict.is_provisional for v in journey_voices for row in v.rows
                         if row.verdict)
    return Journey(
        waves=waves, family=family, members=tuple(voices), differences=_differences(by_wave),
        praise=_praise(family), goals=_goals(goals, members, responses),
        service=_service(by_id, responses), comments=_comments(by_id, comments),
        is_provisional=is_provisional, agreements=_agreements(by_wave),
        sharing=tuple(Sharing(m.id, m.first_name, m.shares_results, m.is_withheld,
                              m.withheld_reason, m.answers_questionnaire) for m in members),
        family_pdf=_family_pdf(members, responses, goals, voices, waves),
        made_a_difference=_made_a_difference(by_id, responses))


def _by_wave(by_id: Mapping[int, MemberRecord], responses: Sequence[ResponseRecord]
             ) -> dict[str, list[tuple[MemberRecord, ResponseRecord]]]:
    by_wave: dict[str, list[tuple[MemberRecord, ResponseRecord]]] = {}
    for response in responses:
        by_wave.setdefault(response.wave, []).append((by_id[response.member_id], response))
    return by_wave


def _member_scores(members: Sequence[MemberRecord], responses: Sequence[ResponseRecord]
                   ) -> dict[int, dict[str, Score]]:
    """Each member's scores at each wave they answered, on their own questionnaire version."""
    found: dict[int, dict[str, Score]] = {}
    for member in members:
        own = {r.wave: r for r in responses if r.member_id == member.id}
        if own:
            found[member.id] = {w: score_answers(r.answers, instrument_for(
                r.instrument_code, r.instrument_version)) for w, r in own.items()}
    return found


def _member_voice(member: MemberRecord, scores: Mapping[str, Score],
                  responses: Sequence[ResponseRecord], frozen: Frozen) -> Voice:
    """One member compared with themselves, judged on the version they first answered."""
    own = {r.wave: r for r in responses if r.member_id == member.id}
    first = own[next(w for w in WAVES if w in own)]
    instrument = instrument_for(first.instrument_code, first.instrument_version)
    return _build_voice(f"member-{member.id}", member.first_name, member.role_label, scores,
                        instrument, frozen)


def _family_for(members: Sequence[MemberRecord], responses: Sequence[ResponseRecord],
                member_scores: Mapping[int, Mapping[str, Score]]) -> Voice | None:
    """The family's voice from these responses (None when there are none)."""
    by_wave = _by_wave({m.id: m for m in members}, responses)
    if not by_wave:
        return None
    family_scores = {w: score_family([
        MemberAnswers(str(m.id), r.answers, instrument_for(r.instrument_code,
                                                           r.instrument_version))
        for m, r in pairs]) for w, pairs in by_wave.items()}
    return _family_voice(members, member_scores, family_scores,
                         tuple(w for w in WAVES if w in by_wave))


def responses_for_family_pdf(members: Sequence[MemberRecord],
                             responses: Sequence[ResponseRecord]) -> list[ResponseRecord]:
    """The answers the family's PDF may average: never a withheld member's, and at any wave
    where exactly one counted member is not shown by name, not theirs either, since the average
    less the named members' scores (or, in a family of two, less a reader's own) would give
    their answers away. Two or more unnamed members at a wave stay in: their answers mix."""
    by_id = {m.id: m for m in members}
    kept = [r for r in responses if not by_id[r.member_id].is_withheld]
    result = []
    for wave in WAVES:
        at_wave = [r for r in kept if r.wave == wave]
        unnamed = [r for r in at_wave if not by_id[r.member_id].is_in_family_pdf]
        result += [r for r in at_wave if not (len(unnamed) == 1 and r in unnamed)]
    return result


def _family_pdf(members: Sequence[MemberRecord], responses: Sequence[ResponseRecord],
                goals: Sequence[GoalRecord], voices: Sequence[Voice],
                waves: Sequence[str]) -> FamilyPdf:
    """What the family's PDF shows: see `responses_for_family_pdf` and `FamilyPdf`."""
    shown_ids = {m.id for m in members if m.is_in_family_pdf}
    kept = responses_for_family_pdf(members, responses)
    family = _family_for(members, kept, _member_scores(members, kept))
    shown = tuple(v for v in voices if int(v.key.removeprefix("member-")) in shown_ids)
    all_goals = _goals(goals, [m for m in members if m.id in shown_ids], responses)
    unshown_ratings = any(rating is not None for r in responses if r.member_id not in shown_ids
                          for rating in r.goal_ratings.values())
    averaged = {r.member_id for r in kept}
    return FamilyPdf(family=family, members=shown, praise=_praise(family), goals=all_goals,
                     waves=family.waves if family else tuple(waves),
                     averaged=tuple(m.first_name for m in members if m.id in averaged),
                     has_unshown_goal_ratings=unshown_ratings)


def voice_chart(voice: Voice, *, width: float = 360.0, font_size: float = 11.0,
                bar_height: float | None = None) -> Chart:
    """The area chart for one voice: a bar per wave answered, for each area and overall."""
    series = [Series(WAVE_LABELS[w], tuple(row.scores[WAVES.index(w)] for row in voice.rows))
              for w in voice.waves]
    return area_chart([row.title for row in voice.rows], series, title=voice.chart_title,
                      width=width, font_size=font_size, bar_height=bar_height)


def side_by_side_chart(area: SideBySide, *, width: float = 360.0, font_size: float = 11.0,
                       bar_height: float | None = None) -> Chart:
    """One area's chart with every voice on one scale: a heading per person with their verdict,
    then a bar per wave answered."""
    series = [Series(WAVE_LABELS[w], tuple(row.scores[WAVES.index(w)] for row in area.rows))
              for w in area.waves]
    return people_chart([row.name for row in area.rows], series, title=area.chart_title,
                        notes=[row.words for row in area.rows], width=width,
                        font_size=font_size, bar_height=bar_height)


def method_text(verdict: ChangeVerdict) -> str:
    """How the reliable change was worked out, for the 'numbers and method' details."""
    return (f"Reliable change index (Jacobson and Truax, 1991): RCI = change ÷ (√2 × SD × "
            f"√(1 − reliability)), here with SD {verdict.sd:.2f} and reliability "
            f"{verdict.reliability:.2f}. A change counts as real when the RCI is beyond ±1.96, "
            f"that is a change of more than {verdict.threshold:.2f} points either way: more than "
            "answering the same questions twice would explain.")
