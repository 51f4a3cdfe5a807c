"""The root of audio/'s errors. audio/ cannot import app/, so a message here is a template and its
parameters kept on the error (`template`, `params`); app/ wraps the error in a StationError that keeps
them (app.messages.message_of), and the window translates the template like any other.

`QT_TR_NOOP("...")` marks a template for tools/update-translations (it runs lupdate over audio/ too)
and returns it unchanged; audio/ never imports Qt.
"""

from __future__ import annotations


def _marked(template: str) -> str:
    """Qt's QT_TR_NOOP below ui/: marks `template` for lupdate and returns it unchanged."""
    return template


QT_TR_NOOP = _marked


class AudioError(Exception):
    """Root of every error raised by audio/; messages are one Vietnamese line."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


class NormalizerError(AudioError):
    """Text normaliser misuse: an unknown dialect, an unreadable number, a bad pronunciation entry."""
