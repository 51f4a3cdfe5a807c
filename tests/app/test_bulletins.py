"""The bulletin library: create/edit/search/filter/delete, topics on first use, .txt/.docx import."""

from __future__ import annotations

import codecs
import unicodedata
import zipfile

import pytest

from app import bulletins as lib
from app.document_import import decode_text, read_text_file
from app.errors import InputError, NotFound
from app.pronunciation_table import (
    delete_entry,
    dictionary_version,
    load_table,
    reset_to_defaults,
    save_table,
    set_entry,
)
from audio.pronunciations import default_pronunciations

FRAUD = "Phòng chống lừa đảo qua mạng"
BODY = (
    "Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào, Đài Truyền thanh phường "
    "khuyến cáo bà con không đọc mã OTP cho bất kỳ ai.\n\nKhi nghi ngờ, hãy gọi 113."
)


def _counts(db):
    return {table: db[table].count for table in ("bulletins", "topics", "segments")}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese Windows writes it: base letters precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        tone = "".join(p for p in parts if p in tones)
        out.append(base.encode("cp1258") + tone.encode("cp1258"))
    return b"".join(out)


def make_docx(path, paragraphs, table=None):
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(str(path))
    return path


# Create, read, update ----------------------------------------------------------------------------


def test_create_and_read_back(station):
    db = station.db
    bulletin_id = lib.create_bulletin(
        db, title="  Cảnh giác   mã OTP ", topic=FRAUD, body=BODY, notes="Đọc buổi sáng", directive_id=1
    )
    got = lib.get_bulletin(db, bulletin_id)
    assert got.title == "Cảnh giác mã OTP"
    assert got.topic == FRAUD
    assert got.directive == "1283/UBND-VHTT"
    assert got.body == BODY
    assert got.notes == "Đọc buổi sáng"
    assert not got.is_sample
    assert got.created_at == got.updated_at


def test_new_topic_is_created_once_and_matched_ignoring_case_and_accents(station):
    db = station.db
    before = db["topics"].count
    first = lib.create_bulletin(db, title="A", topic="Phòng cháy chữa cháy", body="Nội dung một.")
    second = lib.create_bulletin(db, title="B", topic="  PHÒNG CHÁY   CHỮA CHÁY ", body="Nội dung hai.")
    third = lib.create_bulletin(db, title="C", topic="phong chay chua chay", body="Nội dung ba.")
    assert db["topics"].count == before + 1
    topics = {lib.get_bulletin(db, i).topic_id for i in (first, second, third)}
    assert len(topics) == 1
    existing = lib.create_bulletin(db, title="D", topic="phòng chống lừa đảo qua mạng", body="x")
    assert lib.get_bulletin(db, existing).topic == FRAUD
    assert db["topics"].count == before + 1


def test_update_changes_fields_and_clears_sample_flag(station):
    db = station.db
    sample = lib.list_bulletins(db)[0]
    assert sample.is_sample
    lib.update_bulletin(
        db, sample.id, title="Tiêu đề mới", topic="An toàn thông tin", body="Nội dung mới.", notes="", directive_id=None
    )
    got = lib.get_bulletin(db, sample.id)
    assert (got.title, got.topic, got.body, got.directive_id, got.is_sample) == (
        "Tiêu đề mới",
        "An toàn thông tin",
        "Nội dung mới.",
        None,
        False,
    )


def test_text_is_cleaned_on_the_way_in(station):
    decomposed = unicodedata.normalize("NFD", "Lừa đảo")
    body = f"\ufeff{decomposed}\u200b qua mạng\x07  \r\n\r\n\r\n\r\nDòng hai\t có tab   \r\n"
    bulletin_id = lib.create_bulletin(station.db, title=decomposed, topic=FRAUD, body=body)
    got = lib.get_bulletin(station.db, bulletin_id)
    assert got.title == "Lừa đảo"
    assert got.body == "Lừa đảo qua mạng\n\nDòng hai  có tab"


def test_a_zero_width_space_between_words_does_not_glue_them(station):
    bulletin_id = lib.create_bulletin(station.db, title="Tin", topic=FRAUD, body="phường\u200bBạch Sam\u200b.")
    assert lib.get_bulletin(station.db, bulletin_id).body == "phường Bạch Sam."


@pytest.mark.parametrize(
    ("title", "topic", "body", "message"),
    [
        ("", FRAUD, BODY, "tiêu đề"),
        ("   \n ", FRAUD, BODY, "tiêu đề"),
        ("Tiêu đề", FRAUD, "", "trống"),
        ("Tiêu đề", FRAUD, " \n\t \u00a0\u200b\r\n ", "trống"),
        ("Tiêu đề", "", BODY, "chủ đề"),
        ("Tiêu đề", "   ", BODY, "chủ đề"),
        ("T" * 301, FRAUD, BODY, "Tiêu đề quá dài"),
        ("Tiêu đề", "C" * 151, BODY, "chủ đề quá dài"),
        ("Tiêu đề", FRAUD, "a" * (lib.MAX_BODY_CHARS + 1), "200.000"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(station, title, topic, body, message):
    before = _counts(station.db)
    with pytest.raises(InputError) as caught:
        lib.create_bulletin(station.db, title=title, topic=topic, body=body)
    assert message.lower() in str(caught.value).lower()
    assert "\n" not in str(caught.value)
    assert _counts(station.db) == before


def test_update_with_bad_input_leaves_the_row_unchanged(station):
    bulletin = lib.list_bulletins(station.db)[0]
    before = lib.get_bulletin(station.db, bulletin.id)
    with pytest.raises(InputError):
        lib.update_bulletin(station.db, bulletin.id, title="Mới", topic="Chủ đề hoàn toàn mới", body="   ")
    assert lib.get_bulletin(station.db, bulletin.id) == before
    assert lib.find_topic(station.db, "Chủ đề hoàn toàn mới") is None


def test_unknown_ids_are_not_found(station):
    with pytest.raises(NotFound):
        lib.get_bulletin(station.db, 9999)
    with pytest.raises(NotFound):
        lib.update_bulletin(station.db, 9999, title="a", topic=FRAUD, body="b")
    with pytest.raises(NotFound):
        lib.create_bulletin(station.db, title="a", topic=FRAUD, body="b", directive_id=77)
    with pytest.raises(NotFound):
        lib.delete_bulletin(station.db, 9999)


def test_two_hundred_thousand_characters_are_stored_whole(station):
    body = ("Bà con cảnh giác với lừa đảo qua mạng. " * 6000)[: lib.MAX_BODY_CHARS]
    assert len(body) == 200_000
    bulletin_id = lib.create_bulletin(station.db, title="Rất dài", topic=FRAUD, body=body)
    assert len(lib.get_bulletin(station.db, bulletin_id).body) == len(body.strip())
    assert [b.body_chars for b in lib.list_bulletins(station.db, "Rất dài")] == [len(body.strip())]


def test_emoji_and_english_words_are_kept(station):
    body = "Cảnh báo 🚨 scam qua Facebook Messenger! Đừng click link lạ 🙏"
    bulletin_id = lib.create_bulletin(station.db, title="Emoji 😀", topic=FRAUD, body=body)
    got = lib.get_bulletin(station.db, bulletin_id)
    assert got.body == body
    assert got.title == "Emoji 😀"


# Search and filter -------------------------------------------------------------------------------


def test_search_ignores_case_and_accents_and_needs_every_word(station):
    db = station.db
    titles = lambda rows: {row.title for row in rows}  # noqa: E731
    assert "Cảnh báo đường link giả mạo shipper giao hàng" in titles(lib.list_bulletins(db, "SHIPPER"))
    assert "Cảnh báo đường link giả mạo shipper giao hàng" in titles(lib.list_bulletins(db, "duong link"))
    found = titles(lib.list_bulletins(db, "zalo vay tiền"))
    assert found == {"Phòng tránh bị chiếm đoạt tài khoản Zalo, Facebook"}
    assert lib.list_bulletins(db, "không-có-chữ-này") == []
    # Body and notes are searched too.
    bulletin_id = lib.create_bulletin(db, title="X", topic=FRAUD, body="Nội dung riêng", notes="ghi chú Đặc biệt")
    assert [row.id for row in lib.list_bulletins(db, "dac biet")] == [bulletin_id]
    # LIKE wildcards typed by the operator are literal.
    assert titles(lib.list_bulletins(db, "%")) == {"Lừa đảo đầu tư tài chính, việc nhẹ lương cao trên mạng"}
    assert lib.list_bulletins(db, "_") == []


def test_filter_by_topic_and_search_together(station):
    db = station.db
    fraud = lib.find_topic(db, FRAUD)
    rows = lib.list_bulletins(db, topic_id=fraud.id)
    assert len(rows) == 3
    assert all(row.topic == FRAUD for row in rows)
    assert [row.title for row in lib.list_bulletins(db, "shipper", topic_id=fraud.id)] == [
        "Cảnh báo đường link giả mạo shipper giao hàng"
    ]
    safety = lib.find_topic(db, "An toàn thông tin")
    assert lib.list_bulletins(db, "shipper", topic_id=safety.id) == []


def test_list_is_newest_first_with_segment_counts(station):
    db = station.db
    newest = lib.create_bulletin(db, title="Mới nhất", topic=FRAUD, body="abc")
    db.execute("UPDATE bulletins SET updated_at = '2099-01-01 00:00:00' WHERE id = ?", [newest])
    db["segments"].insert(
        {"kind": "recording", "title": "r", "bulletin_id": newest, "created_at": "2024-01-01 00:00:00"}
    )
    first = lib.list_bulletins(db)[0]
    assert (first.id, first.segment_count, first.topic_colour) == (newest, 1, "#d62728")


def test_delete_keeps_audio_items_detached(station):
    db = station.db
    bulletin_id = lib.create_bulletin(db, title="Xóa tôi", topic=FRAUD, body="abc")
    segment_id = (
        db["segments"]
        .insert({"kind": "recording", "title": "r", "bulletin_id": bulletin_id, "created_at": "2024-01-01 00:00:00"})
        .last_pk
    )
    assert lib.delete_bulletin(db, bulletin_id) == 1
    with pytest.raises(NotFound):
        lib.get_bulletin(db, bulletin_id)
    assert db["segments"].get(segment_id)["bulletin_id"] is None


# Import of .txt and .docx ------------------------------------------------------------------------

VIETNAMESE = "Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào về việc tuyên truyền."


@pytest.mark.parametrize(
    ("encode", "expected"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8"),
        (lambda t: t.encode("utf-16"), "utf-16"),  # with BOM, as Notepad's "Unicode"
        (lambda t: t.encode("utf-16-le"), "utf-16"),
        (lambda t: t.encode("utf-16-be"), "utf-16"),
        (to_cp1258, "cp1258"),
    ],
)
def test_txt_encodings_are_detected(tmp_path, encode, expected):
    path = tmp_path / "ban tin.txt"
    path.write_bytes(encode("Tiêu đề bản tin\r\n\r\n" + VIETNAMESE))
    imported = read_text_file(path)
    assert imported.encoding == expected
    assert imported.title == "Tiêu đề bản tin"
    assert imported.body == "Tiêu đề bản tin\n\n" + VIETNAMESE


def test_cp1258_helper_really_uses_combining_tones():
    data = to_cp1258("Mỹ")
    assert data == b"M" + b"y" + b"\xde"  # y + combining tilde (0xDE in Windows-1258)
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == "Mỹ"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "không phải văn bản"),
        ("hong.txt", b"Kh\xc3\xb4ng \xc4\x91\xc6\xb0\xe1\xbb\xa3c \x81\xff b\xe1\xba\xa1n", "UTF-8 nhưng bị hỏng"),
        ("undefined.txt", b"abc \x81\x8d\x8e def", "không phải văn bản"),
        ("rong.txt", b"", "không có nội dung"),
        ("trang.txt", b" \r\n\t\r\n   ", "không có nội dung"),
        ("bang.xlsx", b"PK\x03\x04", "chỉ nhận văn bản .txt hoặc Word .docx"),
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word đời cũ"),
        ("gia.docx", b"Day la van ban thuong, khong phai Word", "không phải tệp Word .docx hợp lệ"),
        ("gia2.docx", b"\x89PNG\r\n\x1a\n" + bytes(200), "không phải tệp Word .docx hợp lệ"),
    ],
)
def test_unusable_files_give_one_clear_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_text_file(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_zip_that_is_not_word_is_refused(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    with pytest.raises(InputError, match="không phải tệp Word .docx hợp lệ"):
        read_text_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="Không tìm thấy"):
        read_text_file(tmp_path / "khong-co.txt")
    (tmp_path / "thu-muc.txt").mkdir()
    with pytest.raises(InputError, match="thư mục"):
        read_text_file(tmp_path / "thu-muc.txt")


def test_docx_paragraphs_and_tables_are_read(tmp_path):
    path = make_docx(
        tmp_path / "cong-van.docx",
        ["Cảnh giác lừa đảo qua mạng", "", VIETNAMESE, "Bà con gọi 113 khi cần."],
        table=[["Số điện thoại", "113"], ["Công an phường", "0221 3941 234"]],
    )
    imported = read_text_file(path)
    assert imported.encoding == "docx"
    assert imported.title == "Cảnh giác lừa đảo qua mạng"
    assert VIETNAMESE in imported.body
    assert "Số điện thoại 113" in imported.body
    assert "Công an phường 0221 3941 234" in imported.body


def test_empty_docx_is_refused(tmp_path):
    path = make_docx(tmp_path / "trong.docx", ["", "   "])
    with pytest.raises(InputError, match="không có nội dung"):
        read_text_file(path)


def test_too_long_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "dai.txt"
    path.write_text("Lừa đảo. " * 30_000, encoding="utf-8")
    with pytest.raises(InputError, match="tối đa 200.000"):
        read_text_file(path)


def test_long_first_line_falls_back_to_the_file_name(tmp_path):
    path = tmp_path / "Tin ngay 5-9.txt"
    path.write_text("x" * 400 + "\nthân bài", encoding="utf-8")
    assert read_text_file(path).title == "Tin ngay 5-9"


def test_decode_text_is_strict_about_binary():
    with pytest.raises(InputError):
        decode_text(b"ab\x00cd\x00ef\x01\x02\x03\x04\x05gh", "x.txt")


# Pronunciation table -----------------------------------------------------------------------------


def test_table_is_seeded_once_from_the_defaults(station):
    db = station.db
    assert db["pronunciations"].count == 0
    table = load_table(db)
    assert {(e.written, e.spoken) for e in table} == {(e.written, e.spoken) for e in default_pronunciations()}
    assert dictionary_version(db) == 1
    # Emptied by the operator: it stays empty, it is not re-seeded behind their back.
    assert save_table(db, []) == 2
    assert load_table(db) == []


def test_every_edit_bumps_the_version(station):
    db = station.db
    load_table(db)
    assert set_entry(db, "TDP", "tổ dân phố số") == 2
    assert {e.written: e.spoken for e in load_table(db)}["TDP"] == "tổ dân phố số"
    assert set_entry(db, "BQL", "Ban quản lý") == 3
    assert "BQL" in {e.written for e in load_table(db)}
    assert delete_entry(db, "BQL") == 4
    assert "BQL" not in {e.written for e in load_table(db)}
    # Saving exactly what is stored changes nothing.
    assert save_table(db, load_table(db)) == 4
    assert reset_to_defaults(db) == 5
    assert {e.written: e.spoken for e in load_table(db)}["TDP"] == "Tổ dân phố"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([("UBND", "")], "chưa có cách đọc"),
        ([("", "Ủy ban")], "thiếu chữ viết tắt"),
        ([("CA", "Công an"), ("CA", "cơ quan")], "bị trùng: CA"),
        ([("X" * 41, "ích")], "quá dài"),
    ],
)
def test_bad_table_edits_change_nothing(station, entries, message):
    db = station.db
    before = load_table(db)
    with pytest.raises(InputError, match=message):
        save_table(db, entries)
    assert load_table(db) == before
    assert dictionary_version(db) == 1


def test_empty_editor_rows_are_ignored(station):
    db = station.db
    version = save_table(db, [("", ""), ("BQL", "Ban quản lý"), ("  ", " ")])
    assert version == 2
    assert [(e.written, e.spoken) for e in load_table(db)] == [("BQL", "Ban quản lý")]


def test_deleting_an_unknown_entry_is_a_clear_error(station):
    with pytest.raises(InputError, match="Không có chữ viết tắt"):
        delete_entry(station.db, "KHONGCO")
    assert dictionary_version(station.db) == 1
