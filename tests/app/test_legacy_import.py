"""Word and text files typed with the old TCVN3 (ABC) and VNI fonts: converted to Unicode on import, said so.

The .docx fixtures are made here with python-docx in the font's own characters (what Word stores for a
.VnTime or VNI-Times paragraph); the .txt ones are the 8-bit bytes those fonts' users saved from Notepad.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import run
from app.document_import import read_text_file
from audio.legacy_encodings import from_unicode
from tests.app.test_bulletins import make_docx

TITLE = "Thông báo lịch cắt điện"
BODY = (
    "Ủy ban nhân dân phường thông báo: ngày 7-5 điện lực tạm ngừng cấp điện để sửa chữa đường dây. "
    "Đề nghị nhân dân chủ động sắp xếp công việc và cảnh giác với những cuộc gọi lừa đảo tự xưng điện lực."
)


def expected(text: str, encoding: str) -> str:
    # TCVN3 has no capitals with tone marks of their own: "Ủ" comes back as "ủ".
    return text.replace("Ủ", "ủ") if encoding == "tcvn3" else text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_docx_in_an_old_encoding_is_imported_as_unicode(tmp_path, encoding):
    path = make_docx(
        tmp_path / f"thong-bao-{encoding}.docx", [from_unicode(TITLE, encoding), from_unicode(BODY, encoding)]
    )
    imported = read_text_file(path)
    assert imported.legacy_encoding == encoding
    assert imported.title == expected(TITLE, encoding)
    assert imported.body == expected(f"{TITLE}\n{BODY}", encoding)
    assert len(imported.notices) == 1 and "bảng mã cũ" in imported.notices[0]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_txt_in_an_old_encoding_is_imported_as_unicode(tmp_path, encoding):
    path = tmp_path / f"thong-bao-{encoding}.txt"
    path.write_bytes(from_unicode(f"{TITLE}\n\n{BODY}", encoding).encode("latin-1"))
    imported = read_text_file(path)
    assert imported.encoding == encoding
    assert imported.legacy_encoding == encoding
    assert imported.body == expected(f"{TITLE}\n\n{BODY}", encoding)
    assert imported.notices


def test_unicode_files_say_nothing(tmp_path):
    path = make_docx(tmp_path / "unicode.docx", [TITLE, BODY])
    imported = read_text_file(path)
    assert imported.legacy_encoding is None and imported.notices == []


@pytest.fixture
def cli(db_path, capsys):
    def call(*argv: str):
        code = run(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_the_command_line_converts_and_says_so_on_stderr(cli, db_path, tmp_path, encoding):
    text_file = tmp_path / "ban-tin.txt"
    text_file.write_bytes(from_unicode(BODY, encoding).encode("latin-1"))
    code, out, err = cli("normalize", str(text_file))
    assert code == 0, err
    assert "ngày bảy tháng năm" in out and "nhân dân" in out
    assert "bảng mã cũ" in err and "Unicode" in err

    docx_file = make_docx(tmp_path / "ban-tin.docx", [from_unicode(BODY, encoding)])
    code, out, err = cli("bulletin", "add", "--title", TITLE, "--topic", "Điện", "--file", str(docx_file))
    assert code == 0, err
    assert "bảng mã cũ" in err
    code, out, err = cli("bulletin", "add", "--title", TITLE, "--topic", "Điện", "--text", from_unicode(BODY, encoding))
    assert code == 0, err
    assert "bảng mã cũ" in err
    with sqlite3.connect(db_path) as connection:
        bodies = [row[0] for row in connection.execute("SELECT body FROM bulletins WHERE title = ?", [TITLE])]
    assert bodies == [expected(BODY, encoding)] * 2
