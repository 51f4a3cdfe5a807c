"""One exception root for everything the operator may be told about.

Messages are Vietnamese, one line, saying what happened and what to do. Each carries its message as a
template with parameters (app/messages.py): `raise NotFound(msg("Không có bản tin số {id}.", id=7))`.
The CLI prints str(error), the Vietnamese; the GUI shows it in one dialog in the interface language
(ui/errors.py). tests/app/test_error_messages.py refuses a Vietnamese literal raised without `msg`.
"""

from __future__ import annotations

from app.messages import Message, message_of


class StationError(Exception):
    """A failure the operator should read. str(error) is the Vietnamese message; `message` its template."""

    exit_code = 1

    def __init__(self, message: Message | BaseException | str = "") -> None:
        # A str is text made elsewhere (a subprocess, an old pickle): shown as it is, never formatted.
        self.message = message_of(message)
        super().__init__(str(self.message))


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
