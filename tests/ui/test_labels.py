"""The window's labels for app codes say exactly what the app (CLI, exports, reports) says."""

from app import schedule_store
from app.bulletins import SEGMENT_KIND_LABELS
from app.log import airings
from app.playout import STATE_LABELS
from schedules import Priority
from ui import labels


def test_labels_match_the_app_labels():
    assert labels.STATES == STATE_LABELS
    assert {code: labels.STATES[code] for code in airings.STATUSES} == airings.STATUS_LABELS
    assert labels.TRIGGERS == airings.TRIGGER_LABELS
    assert labels.PRIORITIES == {p.value: p.label for p in Priority}
    assert labels.DAY_SHORT == schedule_store.DAY_LABELS
    assert labels.KINDS == SEGMENT_KIND_LABELS
    assert labels.days_label(range(1, 8)) == schedule_store.days_label(range(1, 8)) == "Hằng ngày"
    assert labels.days_label([5, 1, 3]) == schedule_store.days_label([1, 3, 5]) == "T2, T4, T6"
    assert labels.state_label("no_such_state") == "no_such_state"
