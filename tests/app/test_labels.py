"""app/labels.py is the one table of what a person reads for each stored code: every code has its words."""

from app import labels
from app.log.counting import KINDS
from app.log.statuses import AiringStatus, Trigger
from schedules import Priority


def test_every_code_has_its_label():
    assert set(labels.STATUS_LABELS) == set(AiringStatus)
    assert set(labels.TRIGGER_LABELS) == set(Trigger)
    assert set(labels.PRIORITY_LABELS) == set(Priority)
    assert set(labels.COUNTING_KIND_LABELS) == set(KINDS)
    assert set(labels.STATE_LABELS) == {"pending", "starting", "lapsed", "relaying", *AiringStatus}
    assert set(labels.DAY_NAMES) == set(labels.DAY_SHORT) == set(range(1, 8))


def test_labels_read_as_the_cli_and_the_exports_print_them():
    assert labels.status_label("completed") == labels.status_label(AiringStatus.COMPLETED) == "Đã phát xong"
    assert labels.trigger_label("live") == "Đọc trực tiếp"
    assert labels.priority_label(Priority.EMERGENCY) == "Khẩn cấp"
    assert labels.state_label("lapsed") == "Thêm sau giờ phát"
    assert labels.state_label("no_such_state") == "no_such_state"  # an unknown code is shown as it is
    assert labels.days_label(range(1, 8)) == "Hằng ngày"
    assert labels.days_label([5, 1, 3, 1]) == "T2, T4, T6"


def test_status_codes_are_the_stored_strings():
    """Enums, but the database, the CSV and the hash chain see the same text as before."""
    assert [str(status) for status in AiringStatus] == [
        "on_air",
        "completed",
        "interrupted",
        "missed",
        "failed",
        "skipped",
    ]
    assert [f"{trigger}" for trigger in Trigger] == ["scheduled", "manual", "urgent", "live"]
