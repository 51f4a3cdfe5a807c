"""Fixtures of the window's tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(qapp):
    """The window in English: the translation Cài đặt's "English" loads (removed again afterwards)."""
    from ui.application import install_translator

    translator = install_translator(qapp, "en")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)
