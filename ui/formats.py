"""Numbers and dates in the window, written the way its interface language writes them (app.formatting):
"12,5" and "1.234" in Tiếng Việt, "12.5" and "1,234" in English. The printed report stays Vietnamese.

The interface language is the language of the translation Qt has loaded (ui/application.install_translator):
one message translates to its language code, the way Qt reads QT_LAYOUT_DIRECTION from a translation. So
the window's numbers follow its words, whoever installed the translator.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.formatting import Formats, for_language
from app.labels import QT_TRANSLATE_NOOP

# Translated to "en" in ui/i18n/truyenthanh_en.ts; the source text is the language of the source strings.
LANGUAGE_CODE = QT_TRANSLATE_NOOP("Formats", "vi")


def interface_formats() -> Formats:
    return for_language(QCoreApplication.translate("Formats", LANGUAGE_CODE))


def interface_locale() -> QLocale:
    """Qt's locale for the interface language (charts localise their numbers with it)."""
    if interface_formats().language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def format_number(value: float, decimals: int = 0) -> str:
    return interface_formats().number(value, decimals)


def format_amount(value: float) -> str:
    return interface_formats().amount(value)


def format_trimmed(value: float, decimals: int) -> str:
    return interface_formats().trimmed(value, decimals)


def format_minutes(seconds: float) -> str:
    return interface_formats().minutes(seconds)


def format_percent(percent: float) -> str:
    return interface_formats().percent(percent)


def format_date(day: date) -> str:
    return interface_formats().date(day)


def format_duration(seconds: float | None) -> str:
    return interface_formats().duration(seconds)
