"""The airtime log's file columns: each code with the Vietnamese name an operator reads and types.

One table, used by `log export` (it writes the names), `log template` and `log import` (it reads the names or
the codes, with or without accents, in any case). A header may carry a hint in brackets, "Trạng thái (Đã phát
xong, Bị ngắt, ...)": the hint is not part of the name. Statuses and triggers are matched the same way against
app.labels, the one table of their labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from app.topics import fold

COLUMN_NAMES: dict[str, str] = {
    "started_at": "Bắt đầu",
    "ended_at": "Kết thúc",
    "title": "Tiêu đề",
    "topic": "Chủ đề",
    "status": "Trạng thái",
    "trigger": "Kiểu phát",
    "scheduled_at": "Giờ dự kiến",
    "operator": "Người vận hành",
    "note": "Ghi chú",
    "duration_s": "Thời lượng (giây)",
    "planned_duration_s": "Thời lượng dự kiến (giây)",
    "status_label": "Nhãn trạng thái",
    "trigger_label": "Nhãn kiểu phát",
    "id": "Số lượt",
    "segment_id": "Số đoạn",
    "schedule_item_id": "Số mục lịch",
    "source": "Nguồn",
    "corrects_id": "Sửa cho lượt",
    "chain_index": "Thứ tự trong chuỗi",
    "prev_hash": "Mã băm dòng trước",
    "row_hash": "Mã băm dòng",
}

_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def word_key(text: str) -> str:
    """What two spellings of one word share: no hint in brackets, no accents, no case, single spaces."""
    return " ".join(fold(_HINT.sub(" ", text)).replace("_", " ").split())


def column_code(header: str) -> str:
    """The code of a header cell (`Bắt đầu`, `bat dau`, `started_at`); an unknown header stays as it is."""
    return _COLUMN_CODES.get(word_key(header), word_key(header))


def words_to_codes(labels: Mapping[str, str], codes: Iterable[str]) -> dict[str, str]:
    """word_key of each code and of its label -> the code, for `codes` only."""
    table: dict[str, str] = {}
    for code in codes:
        table[word_key(code)] = code
        table[word_key(labels[code])] = code
    return table


_COLUMN_CODES = words_to_codes(COLUMN_NAMES, COLUMN_NAMES)


def match_word(table: Mapping[str, str], key: str) -> str | None:
    """The code `key` names in `table`: exactly, or as the first words of one name only ("da phat" for "Đã phát
    xong"); None when it names none, or more than one ("bi" could be "Bị ngắt" or "Bị lỡ")."""
    if not key:
        return None
    found = table.get(key)
    if found is not None:
        return found
    starting = {code for name, code in table.items() if name.startswith(key + " ")}
    return starting.pop() if len(starting) == 1 else None
