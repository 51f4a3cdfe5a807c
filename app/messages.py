"""What the operator is told when something fails: a Vietnamese template with named parameters.

`msg("Không có bản tin số {id}.", id=7)` keeps the template and the values apart, so that the same
message can be written in two languages. `str()` gives the Vietnamese text the command line prints;
the window renders it in its interface language (ui/errors.py: the template translated by Qt, the
numbers written the interface's way). The template is the source text of the translation:
tools/update-translations runs lupdate over app/ and audio/ with `msg` (and audio's `QT_TR_NOOP`)
as an alias of Qt's QT_TR_NOOP, so every template lands in ui/i18n/truyenthanh_en.ts without this
module importing Qt. A template must therefore be a plain string literal, never an f-string.

Parameters are written by their kind: a number with a format spec (`{minutes:.1f}`, `{rows:,}`)
takes the language's decimal and thousands marks ("12,5" / "12.5"); a bare int stays bare (ids,
codes: "số 1234"); a `Length` is said as a duration ("1 phút 54 giây"); a date without a spec is
written as the window writes dates; a nested message, an AudioError or a `joined` list is rendered
in the same language. Anything else is inserted as it is (file names, what the operator typed).

A Message is a str whose value is the Vietnamese text: code that joins, compares or prints messages keeps
working, and only the window needs to know there is a template behind it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from app.formatting import VIETNAMESE, Formats

# The translation context of every template (lupdate files QT_TR_NOOP outside a tr() class under "").
CONTEXT = ""

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


class Message(str):
    """A template and its parameters. As a str it is the Vietnamese text, so that whoever reads a message
    as text (the CLI, a test, a log line) reads what it always read; `render` writes it in another language.
    `params=None` is text that is not a template (what a subprocess or the OS said): shown as it is."""

    template: str
    params: Mapping[str, object] | None

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> Message:
        text = template if params is None else _Writer(_same, VIETNAMESE).format(template, **params)
        self = super().__new__(cls, text)
        self.template, self.params = template, params
        return self

    @classmethod
    def verbatim(cls, text: str) -> Message:
        return cls(str(text), None)

    def render(self, translate: Translate = _same, formats: Formats = VIETNAMESE) -> str:
        """The text in the language of `translate` (the template) and `formats` (the parameters)."""
        if self.params is None:
            return str(self)
        return _Writer(translate, formats).format(translate(self.template), **self.params)

    def __reduce__(self) -> tuple[object, ...]:
        return (Message, (self.template, self.params))


def msg(template: str, **params: object) -> Message:
    """The marker of a translatable message (lupdate reads `msg("...")` as QT_TR_NOOP)."""
    return Message(template, params)


class Length(float):
    """A parameter that is a length in seconds, written as said in the message's language ("1 phút 54 giây",
    "1 min 54 s": Formats.duration)."""


class Joined(str):
    """Messages written one after the other with `separator` between them (a list of bad rows)."""

    separator: str
    parts: tuple[object, ...]

    def __new__(cls, separator: str, parts: Iterable[object]) -> Joined:
        parts = tuple(parts)
        self = super().__new__(cls, separator.join(map(str, parts)))
        self.separator, self.parts = separator, parts
        return self

    def render(self, translate: Translate = _same, formats: Formats = VIETNAMESE) -> str:
        writer = _Writer(translate, formats)
        return self.separator.join(writer.format_field(part, "") for part in self.parts)

    def __reduce__(self) -> tuple[object, ...]:
        return (Joined, (self.separator, self.parts))


def joined(separator: str, parts: Iterable[object]) -> Joined:
    return Joined(separator, parts)


def message_of(error: BaseException | Message | str) -> Message:
    """The message an error carries: its template for a StationError or an AudioError, else its text."""
    if isinstance(error, Message):
        return error
    if isinstance(error, Joined):
        return Message("{parts}", {"parts": error})
    found = getattr(error, "message", None)
    if isinstance(found, Message):
        return found
    template, params = getattr(error, "template", None), getattr(error, "params", None)
    if isinstance(template, str) and isinstance(params, Mapping):  # audio.errors.AudioError
        return Message(template, params)
    return Message.verbatim(str(error))


class _Writer(string.Formatter):
    """str.format with each parameter written in the message's language."""

    def __init__(self, translate: Translate, formats: Formats) -> None:
        self.translate = translate
        self.formats = formats

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, BaseException):
            value = message_of(value)
        if isinstance(value, Message | Joined):
            return value.render(self.translate, self.formats)
        if isinstance(value, Length):
            return self.formats.duration(value)
        if isinstance(value, int | float) and not isinstance(value, bool) and (format_spec or isinstance(value, float)):
            return self._number(format(value, format_spec))
        if isinstance(value, date) and not isinstance(value, datetime) and not format_spec:
            return self.formats.date(value)
        return format(value, format_spec)

    def _number(self, text: str) -> str:
        """Python writes 1,234.5; the language may swap the marks (Vietnamese: 1.234,5)."""
        return text.replace(",", "\x00").replace(".", self.formats.decimal).replace("\x00", self.formats.thousands)
