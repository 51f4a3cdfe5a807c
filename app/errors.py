"""One exception root for everything the operator may be told about.

Messages are Vietnamese, one line, saying what happened and what to do. The GUI shows them in
one dialog, the CLI prints them as one line and exits non-zero.
"""

from __future__ import annotations


class StationError(Exception):
    """A failure the operator should read. str(error) is the Vietnamese message."""

    exit_code = 1


class InputError(StationError):
    """The operator gave something we cannot use (empty text, bad date, unknown id)."""

    exit_code = 2


class NotFound(InputError):
    pass


class StorageError(StationError):
    """The database or the audio store cannot be read or written."""

    exit_code = 3


class SpeechFailed(StationError):
    """Speech synthesis failed; nothing was saved."""

    exit_code = 4


class PlayoutError(StationError):
    exit_code = 5


class StationBusy(StationError):
    """Another instance holds the station (it is the one that plays)."""

    exit_code = 6


class ImportRejected(InputError):
    """An import was refused as a whole; the message lists every bad row."""
