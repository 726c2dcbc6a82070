"""The audit log in plain words: each recorded action as a name for the filter and a sentence
('Kim Keyworker viewed case FV-6CNCV8'), never a raw action code or an empty `None`.

Rules only: the view looks up who did it and what the record is, and passes them in as text.
"""
from __future__ import annotations

from dataclasses import dataclass

# Who an event belongs to when nobody was signed in: most such events come from a command run
# on the server; a few come from a family or from someone trying to sign in.
COMMAND = "A command run on the server"


@dataclass(frozen=True)
class ActionWording:
    """How one action reads: its name in the filter, its sentence, and who did it when no member
    of staff was signed in. `{who}` and `{target}` are filled in by `describe_event`."""

    name: str
    sentence: str
    nobody: str = COMMAND


ACTIONS: dict[str, ActionWording] = {
    # cases and families
    "dashboard_viewed": ActionWording("Dashboard viewed", "{who} viewed their dashboard ({target})"),
    "caseload_viewed": ActionWording("Caseload viewed", "{who} viewed their caseload ({target})"),
    "team_viewed": ActionWording("Team's cases viewed", "{who} viewed their team's cases ({target})"),
    "case_opened": ActionWording("Case opened", "{who} opened {target}"),
    "case_viewed": ActionWording("Case viewed", "{who} viewed {target}"),
    "case_closed": ActionWording("Case closed", "{who} closed {target}"),
    "member_added": ActionWording("Family member added", "{who} added a family member to {target}"),
    "member_details_changed": ActionWording("Family member's details changed",
                                            "{who} changed the details of {target}"),
    "member_language_set": ActionWording("Family member's language set",
                                         "{who} set the language of {target}"),
    "goals_changed": ActionWording("Goals changed", "{who} changed the goals of {target}"),
    "results_sharing_chosen": ActionWording(
        "Sharing in the family's PDF chosen",
        "{who} recorded whether {target} shares their results in the family's PDF",
        nobody="A family member"),
    "member_results_withheld": ActionWording(
        "Results kept out of the family's PDF",
        "{who} kept the results of {target} out of the family's PDF"),
    "member_results_released": ActionWording(
        "Results no longer kept out of the family's PDF",
        "{who} stopped keeping the results of {target} out of the family's PDF"),
    "journey_viewed": ActionWording("Journey viewed", "{who} viewed the journey of {target}"),
    "journey_pdf_downloaded": ActionWording("Journey downloaded",
                                            "{who} downloaded the journey of {target}"),
    # questionnaires and links
    "link_issued": ActionWording("Questionnaire link made", "{who} made {target}"),
    "link_revoked": ActionWording("Questionnaire link stopped", "{who} stopped {target}"),
    "questionnaire_assisted_started": ActionWording(
        "Questionnaire filled in with a family", "{who} started filling in {target} with them"),
    "questionnaire_paper_started": ActionWording(
        "Paper questionnaire entered", "{who} started typing in {target} from paper"),
    "questionnaire_submitted": ActionWording("Questionnaire sent", "{who} sent {target}",
                                             nobody="A family member"),
    # what families wrote
    "feedback_viewed": ActionWording("Comments viewed", "{who} viewed families' comments ({target})"),
    "unread_comments_viewed": ActionWording("Unread comments viewed",
                                            "{who} viewed unread comments ({target})"),
    "comment_viewed": ActionWording("Comment viewed", "{who} viewed {target}"),
    "comment_read": ActionWording("Comment marked as read", "{who} marked {target} as read"),
    "feedback_labels_corrected": ActionWording("Comment labels corrected",
                                               "{who} corrected the labels of {target}"),
    "safeguarding_flag_acknowledged": ActionWording(
        "Safeguarding flag acknowledged", "{who} acknowledged the safeguarding flag on {target}"),
    "quote_approved": ActionWording("Quote approved", "{who} approved {target} as a quote"),
    "quote_rejected": ActionWording("Quote turned down", "{who} turned down {target} as a quote"),
    "quote_withdrawn": ActionWording("Quote withdrawn", "{who} withdrew {target} as a quote"),
    # reports and "you said, we did"
    "report_exported": ActionWording("Report downloaded", "{who} downloaded a report"),
    "action_recorded": ActionWording("'You said, we did' action added", "{who} added {target}"),
    "action_updated": ActionWording("'You said, we did' action changed", "{who} changed {target}"),
    "coproduction_session_recorded": ActionWording("Co-production session recorded",
                                                   "{who} recorded {target}"),
    "coproduction_session_changed": ActionWording("Co-production session changed",
                                                  "{who} changed {target}"),
    "coproduction_session_deleted": ActionWording("Co-production session deleted",
                                                  "{who} deleted {target}"),
    # records and data protection
    "legal_hold_set": ActionWording("Legal hold set", "{who} put {target} on legal hold"),
    "legal_hold_lifted": ActionWording("Legal hold lifted", "{who} lifted the legal hold on {target}"),
    "subject_access_exported": ActionWording("Subject access download",
                                             "{who} downloaded everything held about {target}"),
    "erasure_requested": ActionWording("Erasure asked for", "{who} asked to erase {target}"),
    "erasure_approved": ActionWording("Erasure approved", "{who} approved erasing {target}"),
    "erasure_rejected": ActionWording("Erasure turned down", "{who} turned down erasing {target}"),
    "retention_run": ActionWording("Retention run", "{who} deleted details past their retention"),
    "retention_dry_run": ActionWording("Retention checked",
                                       "{who} checked what retention would delete"),
    "data_key_rotated": ActionWording("Data key rotated", "{who} sealed two-factor keys with a new "
                                                          "data key"),
    # staff accounts and signing in
    "sign_in": ActionWording("Signed in", "{who} signed in"),
    "sign_out": ActionWording("Signed out", "{who} signed out"),
    "sign_in_failed": ActionWording("Sign-in failed", "{who} tried to sign in with a wrong email "
                                                      "address or password", nobody="Someone"),
    "sign_in_throttled": ActionWording("Sign-in paused after too many tries",
                                       "{who} was paused from signing in after too many tries",
                                       nobody="Someone"),
    "sign_in_code_failed": ActionWording("Wrong security code at sign-in",
                                         "{who} entered a wrong security code when signing in",
                                         nobody="Someone"),
    "sign_in_recovery_code_failed": ActionWording(
        "Wrong recovery code at sign-in", "{who} entered a wrong recovery code when signing in",
        nobody="Someone"),
    "two_factor_set_up_failed": ActionWording(
        "Wrong code setting up two-factor sign-in",
        "{who} entered a wrong code when setting up two-factor sign-in", nobody="Someone"),
    "recovery_codes_code_failed": ActionWording(
        "Wrong code when replacing recovery codes",
        "{who} entered a wrong code when replacing their recovery codes", nobody="Someone"),
    "recovery_codes_replaced": ActionWording("Recovery codes replaced",
                                             "{who} replaced their recovery codes"),
    "two_factor_set_up": ActionWording("Two-factor sign-in set up",
                                       "{who} set up two-factor sign-in"),
    "two_factor_reset": ActionWording("Two-factor sign-in reset",
                                      "{who} reset two-factor sign-in for {target}"),
    "password_changed": ActionWording("Password changed", "{who} changed their password"),
    "password_change_failed": ActionWording(
        "Wrong password when changing it",
        "{who} gave a wrong current password when changing their password"),
    "user_created": ActionWording("Account created", "{who} created an account for {target}"),
    "user_changed": ActionWording("Account changed", "{who} changed the account of {target}"),
    "user_deactivated": ActionWording("Account deactivated",
                                      "{who} deactivated the account of {target}"),
    "role_change_requested": ActionWording("Role change asked for",
                                           "{who} asked for a change to the role of {target}"),
    "role_change_confirmed": ActionWording("Role change confirmed",
                                           "{who} confirmed the change to the role of {target}"),
    "role_change_rejected": ActionWording("Role change turned down",
                                          "{who} turned down the change to the role of {target}"),
    "role_changed": ActionWording("Role changed", "{who} changed the role of {target}"),
    "settings_changed": ActionWording("Settings changed", "{who} changed the council settings"),
    # messages to families (issue 19)
    "contact_changed": ActionWording("Contact details changed",
                                     "{who} changed the contact details or consent of {target}"),
    "message_sent_again": ActionWording("Link sent again", "{who} sent a new link to {target}"),
    "outbox_viewed": ActionWording("Messages viewed", "{who} viewed messages to families "
                                                      "({target})"),
    "messages_planned": ActionWording("Messages planned", "{who} queued the invitations and "
                                                          "reminders due"),
    "message_settings_changed": ActionWording("Message settings changed",
                                              "{who} changed when messages to families go"),
    "message_wording_changed": ActionWording("Message wording changed",
                                             "{who} changed what messages to families say"),
    "language_review_changed": ActionWording("Translation review changed",
                                             "{who} changed whether a translation is reviewed"),
}


def _unknown(action: str) -> ActionWording:
    """An action recorded by code newer than this list still reads as words, not a code."""
    words = action.replace("_", " ").strip().capitalize() or "Something"
    return ActionWording(words, "{who}: " + words.lower())


def action_name(action: str) -> str:
    """The action's name in plain words, for the filter."""
    return ACTIONS.get(action, _unknown(action)).name


def describe_event(action: str, who: str | None, target: str | None) -> str:
    """One event as a sentence. `who` is the member of staff's name (None when nobody was signed
    in); `target` describes the record ('case FV-6CNCV8', or '12 families' for a list), None
    when there is none or it is no longer held."""
    wording = ACTIONS.get(action) or _unknown(action)
    text = wording.sentence.format(who=who or wording.nobody, target=target or "a record")
    return text[0].upper() + text[1:]
