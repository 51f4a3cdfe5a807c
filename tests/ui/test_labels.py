"""The window shows app/labels.py's words, translated at display time into the interface language."""

import pytest

from ui import labels


@pytest.fixture
def english(qapp):
    from ui.application import install_translator

    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)


def test_the_window_shows_the_app_labels_in_vietnamese(qapp):
    assert labels.state_label("completed") == "Đã phát xong"
    assert labels.trigger_label("scheduled") == "Theo lịch"
    assert labels.days_label([5, 1, 3]) == "T2, T4, T6"
    assert labels.state_label("no_such_state") == "no_such_state"


def test_the_english_window_translates_the_app_labels(english):
    assert labels.state_label("completed") == "Completed"
    assert labels.trigger_label("scheduled") == "Scheduled"
    assert labels.priority_label("priority") == "Priority"
    assert labels.counting_kind_label("cut_short") == "Cut short"
    assert labels.counting_kind_label("counted") == "Counted"
    assert labels.kind_label("speech") == "Voice"
    assert labels.days_label(range(1, 8)) == "Every day"
    assert labels.days_label([1]) == "Mon"
