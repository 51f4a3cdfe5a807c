"""The station's dictionary is the whole truth: a deleted default is no longer read, and new editions of the
defaults reach a station seeded from an older one without undoing what its operator changed."""

from __future__ import annotations

from app.pronunciation_table import EDITION_KEY, delete_entry, dictionary_version, ensure_seeded, load_table
from app.settings import get_setting, set_settings
from app.speech import reading_rules, spoken_form
from audio.pronunciations import _EDITION_1, EDITION, default_pronunciations


def test_deleting_a_built_in_entry_really_removes_that_reading(station):
    assert spoken_form(reading_rules(station), "lực lượng CA phường") == "lực lượng Công an phường"
    delete_entry(station.db, "CA")
    assert spoken_form(reading_rules(station), "lực lượng CA phường") == "lực lượng xê a phường"
    delete_entry(station.db, "Zalo")
    assert spoken_form(reading_rules(station), "nhóm Zalo") == "nhóm Zalo"
    # Still gone when the station is opened again (seeding does not bring it back).
    ensure_seeded(station.db)
    assert "CA" not in {entry.written for entry in load_table(station.db)}


def test_a_station_of_the_first_edition_receives_the_second(station):
    db = station.db
    # A station as the first release left it: edition 1 seeded, one entry changed, one deleted.
    db["pronunciations"].insert_all({"written": w, "spoken": s} for w, s in _EDITION_1)
    set_settings(db, {"pronunciations_seeded": "1"})
    db.execute("DELETE FROM settings WHERE key = ?", [EDITION_KEY])
    # What its operator did then (written directly: any call through the module would upgrade first).
    db.execute("UPDATE pronunciations SET spoken = 'U bê en đê' WHERE written = 'UBND'")
    db.execute("UPDATE pronunciations SET spoken = 'wi phi' WHERE written = 'Wi-Fi'")
    db.execute("DELETE FROM pronunciations WHERE written = 'CA'")
    set_settings(db, {"dictionary_version": "3"})
    before = dictionary_version(db)

    table = {entry.written: entry.spoken for entry in load_table(db)}

    assert get_setting(db, EDITION_KEY) == str(EDITION)
    assert dictionary_version(db) == before + 1  # segments made before are now marked as older
    assert table["CSGT"] == "cảnh sát giao thông"  # added in edition 2
    assert table["e-mail"] == "i meo"  # a new reading of an entry nobody changed
    assert table["Wi-Fi"] == "wi phi"  # the operator's reading stays
    assert table["UBND"] == "U bê en đê"
    assert "CA" not in table  # deleted stays deleted
    assert "ZALO" not in table  # dropped by edition 2, now case-insensitive "Zalo"
    assert table["Zalo"] == "Da lô"
    # Opening again changes nothing more.
    assert load_table(db) == load_table(db)
    assert dictionary_version(db) == before + 1


def test_a_new_station_is_seeded_with_the_current_edition(station):
    table = load_table(station.db)
    assert {(e.written, e.spoken) for e in table} == {(e.written, e.spoken) for e in default_pronunciations()}
    assert get_setting(station.db, EDITION_KEY) == str(EDITION)
    assert len(table) >= len(_EDITION_1) + 150
