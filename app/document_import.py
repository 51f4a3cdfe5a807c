"""Reading a bulletin from a file: plain text in the encodings ward offices produce, and Word `.docx`.

Old Vietnamese Windows machines save Notepad files as Windows-1258 (tone marks as combining characters),
newer ones as UTF-8 or UTF-16. Text typed with the old TCVN3 (ABC, .VnTime) or VNI fonts, in a Word file or a
.txt, is recognised and converted to Unicode before anything else, and the import says so. A file that is none
of these, or not text at all, is refused with a message saying how to fix it, never imported as mojibake.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.bulletins import MAX_BODY_CHARS, clean_line, clean_text
from app.errors import InputError
from app.messages import Message, msg
from audio.legacy_encodings import LABELS as LEGACY_LABELS  # noqa: F401 (names of the encodings, for the window)
from audio.legacy_encodings import notice as legacy_notice
from audio.legacy_encodings import repair

TEXT_SUFFIXES = (".txt", ".docx")
# A Word file may carry pictures: larger than this it is not a bulletin.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Plain text (a file or standard input, for bulletins, `normalize` and `tts`): read no further than this.
MAX_TEXT_BYTES = 2 * 1024 * 1024
# What a .docx may inflate to (its zip members' sizes, read before any of it is): its XML is bulky, not endless.
MAX_DOCX_INFLATED_BYTES = 64 * 1024 * 1024
MAX_GUESSED_TITLE_CHARS = 150

# C0 controls other than tab/newline/carriage return/form feed never occur in a real text file.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class ImportedText:
    title: str  # a guess: the first short line, else the file name
    body: str
    encoding: str  # what was detected, e.g. "utf-8", "utf-16", "cp1258", "docx"
    legacy_encoding: str | None = None  # "tcvn3" or "vni" when the text was converted from an old font encoding

    @property
    def notices(self) -> list[str]:
        return [legacy_notice(self.legacy_encoding)] if self.legacy_encoding else []


def repair_text(text: str) -> tuple[str, str | None]:
    """Pasted or typed text in TCVN3 or VNI turned into Unicode, with which it was (None for Unicode text)."""
    return repair(text)


def _fix_hint() -> Message:
    return msg("Hãy mở tệp bằng Notepad hoặc Word rồi lưu lại dưới dạng UTF-8 (.txt) hoặc .docx.")


def _looks_like_damaged_utf8(data: bytes) -> bool:
    """Mostly well-formed multi-byte UTF-8 with a few bad bytes: reading it as Windows-1258 would be garbage."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good > bad


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a plain-text file's bytes; InputError if it is not text in a known encoding."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        candidates = ["utf-16-le"]  # UTF-16 without a mark: every other byte of Latin text is zero
    elif len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        candidates = ["utf-16-be"]
    else:
        candidates = ["utf-8", "cp1258"]
        # TCVN3 and VNI files are 8-bit too: their bytes read as Latin-1 show the old font's letters.
        if any(byte >= 0x80 for byte in data[:200_000]):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                latin = data.decode("latin-1")
                converted, legacy = repair(latin)
                if legacy is not None and not _BINARY_CONTROL.search(latin):
                    return converted, legacy
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and _looks_like_damaged_utf8(data):
                raise InputError(
                    msg(
                        "Tệp {name} là văn bản UTF-8 nhưng bị hỏng (byte lỗi ở vị trí {position}). {hint}",
                        name=name,
                        position=exc.start,
                        hint=_fix_hint(),
                    )
                ) from exc
            continue
        if _BINARY_CONTROL.search(text):
            break
        return text, encoding.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
    raise InputError(
        msg(
            "Tệp {name} không phải văn bản đọc được (không phải UTF-8, UTF-16 hay Windows-1258). {hint}",
            name=name,
            hint=_fix_hint(),
        )
    )


def too_long_message(name: str) -> str:
    return (
        f"{name} quá dài (hơn {MAX_TEXT_BYTES // (1024 * 1024)} MB chữ) để là một bản tin. "
        "Hãy chia thành nhiều bản tin ngắn hơn."
    )


def read_bounded(stream: BinaryIO, name: str) -> bytes:
    """At most MAX_TEXT_BYTES of `stream` (a file, a pipe, standard input); InputError when there is more."""
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(too_long_message(name))
    return data


def check_docx_size(path: Path) -> None:
    """Refuse a .docx whose members would inflate past MAX_DOCX_INFLATED_BYTES, before inflating any of them.
    The sizes in the zip directory bound what reading yields (zipfile stops at the declared size)."""
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: _docx_text says so in its own words
    if inflated > MAX_DOCX_INFLATED_BYTES:
        raise InputError(
            msg(
                "Tệp Word {name} khi giải nén lên tới {inflated} MB, quá lớn để là một bản tin (tối đa {limit} MB). "
                "Hãy kiểm tra lại tệp.",
                name=path.name,
                inflated=inflated // (1024 * 1024),
                limit=MAX_DOCX_INFLATED_BYTES // (1024 * 1024),
            )
        )


def _docx_text(path: Path) -> str:
    check_docx_size(path)
    import docx  # python-docx; imported here because most commands never read Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            msg(
                "Tệp {name} không phải tệp Word .docx hợp lệ (có thể bị hỏng hoặc chỉ đổi tên đuôi). {hint}",
                name=path.name,
                hint=_fix_hint(),
            )
        ) from exc
    except Exception as exc:  # python-docx raises assorted errors on malformed XML inside a real zip
        raise InputError(
            msg("Tệp Word {name} bị hỏng, không đọc được nội dung. {hint}", name=path.name, hint=_fix_hint())
        ) from exc
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text not in cells:  # merged cells repeat their text
                    cells.append(cell.text)
            paragraphs.append(" ".join(cells))
    return "\n".join(paragraphs)


def _guess_title(body: str, path: Path) -> str:
    for line in body.split("\n"):
        line = clean_line(line)
        if line:
            return line if len(line) <= MAX_GUESSED_TITLE_CHARS else clean_line(path.stem)
    return clean_line(path.stem)


def read_text_file(path: Path | str) -> ImportedText:
    """The text of a `.txt` or `.docx` file, cleaned; InputError (Vietnamese) for anything unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise InputError(
            msg("Tệp {name} là Word đời cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.", name=path.name)
        )
    if suffix not in TEXT_SUFFIXES:
        raise InputError(msg("Không nhập được tệp {name}: chỉ nhận văn bản .txt hoặc Word .docx.", name=path.name))
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError(msg("Không tìm thấy tệp {path}.", path=path)) from exc
    except OSError as exc:
        raise InputError(msg("Không đọc được tệp {name}: {reason}.", name=path.name, reason=exc.strerror)) from exc
    if path.is_dir():
        raise InputError(msg("{name} là một thư mục, không phải tệp văn bản.", name=path.name))
    if size > MAX_FILE_BYTES:
        raise InputError(
            msg("Tệp {name} quá lớn ({size} MB) để là một bản tin.", name=path.name, size=size // (1024 * 1024))
        )
    if suffix == ".docx":
        raw, encoding = _docx_text(path), "docx"
    else:
        try:
            with open(path, "rb") as stream:
                data = read_bounded(stream, f"Tệp {path.name}")
        except OSError as exc:
            raise InputError(msg("Không đọc được tệp {name}: {reason}.", name=path.name, reason=exc.strerror)) from exc
        raw, encoding = decode_text(data, path.name)
    raw, legacy = repair(raw) if encoding not in ("tcvn3", "vni") else (raw, encoding)
    body = clean_text(raw)
    if not body:
        raise InputError(msg("Tệp {name} không có nội dung chữ nào.", name=path.name))
    if len(body) > MAX_BODY_CHARS:
        raise InputError(
            msg(
                "Tệp {name} quá dài ({length:,} ký tự, tối đa {most:,} ký tự cho một bản tin). Hãy chia thành "
                "nhiều bản tin ngắn hơn.",
                name=path.name,
                length=len(body),
                most=MAX_BODY_CHARS,
            )
        )
    return ImportedText(_guess_title(body, path), body, encoding, legacy)
