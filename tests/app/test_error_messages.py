"""Error messages are templates with parameters (app/messages.py): str() is the Vietnamese the CLI prints,
`render` writes the same message in English with English numbers. And no error below ui/ is raised with
a Vietnamese literal that is not marked for translation (the window would show it untranslated)."""

from __future__ import annotations

import ast
import pickle
import re
from datetime import date
from pathlib import Path

import pytest

from app.errors import ImportRejected, InputError, NotFound, SpeechFailed, StationError
from app.formatting import ENGLISH
from app.messages import joined, message_of, msg
from audio.speech_errors import GoogleTimeout

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
MARKERS = {"msg", "QT_TR_NOOP"}
ERROR_ROOTS = {"StationError", "AudioError"}
ENGLISH_WORDS = {"Không có bản tin số {id}.": "There is no bulletin number {id}."}


def english(template: str) -> str:
    return ENGLISH_WORDS.get(template, template)


def test_str_is_the_vietnamese_and_render_writes_english_numbers():
    message = msg(
        "Tệp {name}: {rows:,} dòng, {minutes:.1f} phút, ngày {day}, lượt số {id}",
        name="a.csv",
        rows=1234,
        minutes=12.5,
        day=date(2026, 3, 9),
        id=1234,
    )
    assert message == "Tệp a.csv: 1.234 dòng, 12,5 phút, ngày 09/03/2026, lượt số 1234"
    assert message.render(formats=ENGLISH) == "Tệp a.csv: 1,234 dòng, 12.5 phút, ngày 09/03/2026, lượt số 1234"
    assert message.template == "Tệp {name}: {rows:,} dòng, {minutes:.1f} phút, ngày {day}, lượt số {id}"


def test_an_error_keeps_its_template_and_prints_vietnamese():
    error = NotFound(msg("Không có bản tin số {id}.", id=7))
    assert str(error) == "Không có bản tin số 7." and error.exit_code == 2
    assert error.message.render(english) == "There is no bulletin number 7."
    again = pickle.loads(pickle.dumps(error))  # a background task may hand it across
    assert str(again) == "Không có bản tin số 7." and again.message.render(english) == "There is no bulletin number 7."


def test_wrapped_and_listed_messages_translate_too():
    """A storage fault inside a message, an import's per-line problems, an audio error wrapped by app/."""
    inner = InputError(msg("Không có bản tin số {id}.", id=7))
    outer = StationError(msg("Không lưu được: {error}", error=inner))
    assert str(outer) == "Không lưu được: Không có bản tin số 7."
    assert outer.message.render(english) == "Không lưu được: There is no bulletin number 7."
    rows = joined(" | ", [msg("Dòng {line}: {why}", line=3, why=msg("Không có bản tin số {id}.", id=1500))])
    rejected = ImportRejected(msg("Không nhập dòng nào. {errors}", errors=rows))
    assert str(rejected) == "Không nhập dòng nào. Dòng 3: Không có bản tin số 1500."
    assert rejected.message.render(english, ENGLISH).endswith("Dòng 3: There is no bulletin number 1500.")
    wrapped = SpeechFailed(GoogleTimeout(2.5))
    assert str(wrapped) == "Máy chủ giọng đọc Google không trả lời sau 2,5 giây (mạng chậm hoặc mất mạng?)"
    assert "sau 2.5 giây" in wrapped.message.render(formats=ENGLISH)


def test_plain_text_is_shown_as_it_is():
    """What the OS or a subprocess said is no template: braces in it are not parameters."""
    assert message_of(OSError("tệp {x} lỗi")).render(english) == "tệp {x} lỗi"
    assert str(StationError("đã có {lỗi}")) == "đã có {lỗi}"


def test_real_raise_sites_keep_their_vietnamese(station):
    from app.bulletins import get_bulletin

    with pytest.raises(NotFound) as raised:
        get_bulletin(station.db, 4321)
    assert str(raised.value) == "Không có bản tin số 4321."
    assert raised.value.message.template == "Không có bản tin số {bulletin_id}."


# ---------------------------------------------------------------- the rule, checked over the tree


def _sources() -> list[Path]:
    return sorted(path for folder in ("app", "audio", "schedules") for path in (ROOT / folder).rglob("*.py"))


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Every class deriving (by name, across modules) from StationError or AudioError."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(base, "id", getattr(base, "attr", "")) for base in node.bases}
    found = set(ERROR_ROOTS)
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _literal_text(node: ast.AST) -> str | None:
    """The Vietnamese text an expression spells out itself (a literal, an f-string, a sum of them)."""
    strings = [part.value for part in ast.walk(node) if isinstance(part, ast.Constant) and isinstance(part.value, str)]
    if isinstance(node, ast.Call):  # a marker or a function: what it returns is not spelled here
        return None
    text = "".join(strings)
    return text if VIETNAMESE.search(text) else None


def _called(node: ast.Call) -> str | None:
    return getattr(node.func, "id", getattr(node.func, "attr", None))


def test_no_error_is_raised_with_an_unmarked_vietnamese_literal():
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _sources()}
    errors = _error_classes(trees)
    assert {"InputError", "NotFound", "StorageError", "NormalizerError", "FfmpegFailed"} <= errors
    bad = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if name in errors or (name == "__init__" and path.parts[-2] == "audio"):
                offenders = [arg for arg in arguments if _literal_text(arg)]
            elif name in MARKERS:  # a template is one literal (lupdate reads it), its parameters no sentences
                template, *params = arguments or [None]
                offenders = [] if isinstance(template, ast.Constant) else [template]
                offenders += [arg for arg in params if _literal_text(arg)]
            else:
                continue
            bad += [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:80]}" for arg in offenders if arg]
    assert bad == []


def test_the_check_catches_an_unmarked_literal(tmp_path):
    """The rule above fails on the thing it forbids (a guard against a check that finds nothing)."""
    tree = ast.parse('raise InputError(f"Không có bản tin số {n}.")\nraise InputError(msg("Có {n}.", n=n))')
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and _called(node) == "InputError"]
    assert [bool(_literal_text(call.args[0])) for call in calls] == [True, False]
