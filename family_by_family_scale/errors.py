"""Exceptions raised by the Family by Family scale, each worded for the person who will read it."""

from __future__ import annotations


class ScaleError(Exception):
    """Base class for every error this package raises on purpose."""


class UnknownInstrumentError(ScaleError, LookupError):
    """Raised when no questionnaire has the code and version asked for."""


class UnknownItemError(ScaleError, LookupError):
    """Raised when an answer names a statement the questionnaire does not have."""


class UnknownAreaError(ScaleError, LookupError):
    """Raised when an area code is not part of the questionnaire."""


class AnswerOutOfRangeError(ScaleError, ValueError):
    """Raised when an answer is not one of the values on the response scale."""


class IncomparableScoresError(ScaleError, ValueError):
    """Raised when two scores come from questionnaires that cannot be compared."""


class NotEnoughDataError(ScaleError, ValueError):
    """Raised when a statistic cannot be worked out from the answers given."""


class GoalError(ScaleError, ValueError):
    """Raised when a family goal or a goal rating breaks the goal rules."""


class InstrumentDefinitionError(ScaleError, ValueError):
    """Raised when a questionnaire definition breaks the versioning rules."""
