"""What the user reads at the end of an assessment."""

from __future__ import annotations

from dataclasses import replace

from bot.knowledge import DISCLAIMER, EMERGENCY_INSTRUCTION
from bot.replies import compose_assessment
from bot.triage import Findings, assess

CALM = Findings(
    twitch_location="calf", duration_days=5, worsening=False, weakness="no", atrophy="no",
    spreading=False, sensory_symptoms=False, daily_impact=False, medication_change=False,
    lifestyle_factors=frozenset({"caffeine", "poor_sleep"}),
)


def reply(findings: Findings) -> str:
    return "\n".join(compose_assessment(assess(findings), findings))


def test_self_care_explains_the_users_own_factors_and_the_safety_net() -> None:
    text = reply(CALM)
    assert "harmless" in text
    assert "Caffeine:" in text and "Poor sleep:" in text
    assert "Stress" not in text
    assert "lasts more than 2 weeks" in text
    assert text.endswith(DISCLAIMER)


def test_routine_names_the_findings_and_what_to_tell_the_doctor() -> None:
    text = reply(replace(CALM, duration_days=21, sensory_symptoms=True))
    assert "book an appointment" in text
    assert "lasted two weeks or more" in text
    assert "pain, numbness or tingling" in text
    assert "What to tell the doctor" in text and "about 3 weeks" in text


def test_unsure_weakness_explains_why_a_doctor_is_advised() -> None:
    text = reply(replace(CALM, weakness="unsure"))
    assert "not sure whether the leg is weaker" in text
    assert "tiptoe" in text


def test_urgent_is_calm_and_names_the_finding() -> None:
    text = reply(replace(CALM, weakness="yes"))
    assert "within the next few days" in text
    assert "weakness in the leg" in text


def test_emergency_reply_starts_with_the_instruction_to_call() -> None:
    messages = compose_assessment(
        assess(replace(CALM, emergency_signs=frozenset({"face_drooping"}))), CALM
    )
    assert messages[0].startswith(EMERGENCY_INSTRUCTION)
    assert "drooping face" in messages[0]


def test_a_medicine_change_warns_not_to_stop_it() -> None:
    assert "don't stop a prescribed medicine" in reply(replace(CALM, medication_change=True))


def test_a_question_about_a_sign_in_general_still_gets_the_instruction_first() -> None:
    from bot.replies import compose_emergency

    messages = compose_emergency(assess(replace(CALM, emergency_signs=frozenset({"slurred_speech"}))), True)
    assert messages[0] == "If this is happening to you or someone with you now: " + EMERGENCY_INSTRUCTION
    assert "asking in general" in messages[1] and "slurred speech" in messages[1]
    assert messages[-1] == DISCLAIMER
