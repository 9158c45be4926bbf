"""Specific errors raised deep in the pipeline and turned into messages at the edge."""

from __future__ import annotations


class PlanAtlasError(Exception):
    """Base class of every error the app reports to a person as one line."""


class DocumentError(PlanAtlasError):
    """A document cannot be read: wrong type, empty, too large, malformed, no text."""


class GazetteerError(PlanAtlasError):
    """Geographic data is missing or unreadable (run ``make data``)."""


class StoreError(PlanAtlasError):
    """The database refused an operation."""


class ConflictError(StoreError):
    """Someone else changed the record since it was read."""


class AuthError(PlanAtlasError):
    """Login failed, or the user may not do this."""


class LoginFailed(AuthError):
    """Wrong user name or password (one error for both, so names cannot be told apart)."""


class LoginThrottled(AuthError):
    """Too many recent failures for this account from this source: wait ``retry_after_s`` seconds."""

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class NotAllowed(AuthError):
    """The signed-in user (or an anonymous visitor) may not do this."""
