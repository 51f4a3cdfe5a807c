"""The station's pronunciation table (Từ điển phát âm): abbreviations and how to read them aloud.

Stored in the `pronunciations` table, seeded from the normaliser's defaults the first time it is used; the
normaliser reads with exactly this table, so an entry the operator deletes is no longer read that way, defaults
included. When a release brings a new edition of the defaults, the station receives the entries added since and
the new readings of entries it never changed; what the operator deleted or changed stays as it is. Every change
bumps the `dictionary_version` setting, which each speech segment records, so the Bản tin page can mark segments
made with an older table ("có từ điển mới hơn").
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from app.errors import InputError
from app.messages import msg
from app.settings import get_setting, set_settings
from audio.errors import NormalizerError
from audio.pronunciations import EDITION, Pronunciation, default_pronunciations, edition_changes, make_pronunciation

SEEDED_KEY = "pronunciations_seeded"
EDITION_KEY = "pronunciations_edition"
VERSION_KEY = "dictionary_version"
MAX_WRITTEN_CHARS = 40
MAX_SPOKEN_CHARS = 200


def dictionary_version(db: Database) -> int:
    try:
        return int(get_setting(db, VERSION_KEY) or 1)
    except ValueError:
        return 1


def _edition(db: Database) -> int:
    try:
        return int(get_setting(db, EDITION_KEY) or 1)  # seeded before editions existed: the first one
    except ValueError:
        return 1


def ensure_seeded(db: Database) -> None:
    """Fills the table with the defaults once (an operator who later empties it keeps it empty), and brings a
    table seeded from an older edition of the defaults up to this release's."""
    if get_setting(db, SEEDED_KEY) == "1":
        if _edition(db) < EDITION:
            upgrade_edition(db)
        return
    with db.atomic():
        if db["pronunciations"].count == 0:
            db.table("pronunciations").insert_all(
                {"written": entry.written, "spoken": entry.spoken} for entry in default_pronunciations()
            )
        set_settings(db, {SEEDED_KEY: "1", EDITION_KEY: str(EDITION)})


def upgrade_edition(db: Database) -> int:
    """Applies the defaults' changes since the station's edition; returns how many entries changed."""
    changes = edition_changes(_edition(db))
    changed = 0
    with db.atomic():
        current = dict(db.execute("SELECT written, spoken FROM pronunciations").fetchall())
        for entry in changes.added:
            if entry.written not in current:
                db.table("pronunciations").insert({"written": entry.written, "spoken": entry.spoken})
                changed += 1
        for written, old, new in changes.respoken:
            if current.get(written) == old:  # the operator never changed it
                db.execute("UPDATE pronunciations SET spoken = ? WHERE written = ?", [new, written])
                changed += 1
        for entry in changes.removed:
            if current.get(entry.written) == entry.spoken:
                db.execute("DELETE FROM pronunciations WHERE written = ?", [entry.written])
                changed += 1
        set_settings(db, {EDITION_KEY: str(EDITION)})
        if changed:
            _bump(db)
    return changed


def load_table(db: Database) -> list[Pronunciation]:
    """Every entry, sorted by the written form (case-insensitive)."""
    ensure_seeded(db)
    rows = db.execute("SELECT written, spoken FROM pronunciations").fetchall()
    return sorted(
        (Pronunciation(written, spoken) for written, spoken in rows),
        key=lambda entry: (entry.written.casefold(), entry.written),
    )


def checked_entries(entries: Iterable[Pronunciation | tuple[str, str]]) -> list[Pronunciation]:
    checked: list[Pronunciation] = []
    seen: dict[str, int] = {}
    duplicates: list[str] = []
    for number, entry in enumerate(entries, start=1):
        written, spoken = (entry.written, entry.spoken) if isinstance(entry, Pronunciation) else entry
        if not str(written or "").strip() and not str(spoken or "").strip():
            continue  # an empty row left in the editor
        try:
            item = make_pronunciation(written, spoken)
        except NormalizerError as exc:
            raise InputError(msg("Dòng {number}: {error}.", number=number, error=exc)) from exc
        if len(item.written) > MAX_WRITTEN_CHARS:
            raise InputError(
                msg(
                    "Dòng {number}: chữ viết tắt “{written}…” quá dài (tối đa {most} ký tự).",
                    number=number,
                    written=item.written[:20],
                    most=MAX_WRITTEN_CHARS,
                )
            )
        if len(item.spoken) > MAX_SPOKEN_CHARS:
            raise InputError(
                msg(
                    "Dòng {number}: cách đọc của “{written}” quá dài (tối đa {most} ký tự).",
                    number=number,
                    written=item.written,
                    most=MAX_SPOKEN_CHARS,
                )
            )
        if item.written in seen:
            duplicates.append(item.written)
        seen[item.written] = number
        checked.append(item)
    if duplicates:
        raise InputError(msg("Chữ viết tắt bị trùng: {written}.", written=", ".join(sorted(set(duplicates)))))
    return checked


def _bump(db: Database) -> int:
    version = dictionary_version(db) + 1
    set_settings(db, {VERSION_KEY: str(version)})
    return version


def save_table(db: Database, entries: Iterable[Pronunciation | tuple[str, str]]) -> int:
    """Replaces the whole table (as the editor dialog shows it); returns the dictionary version afterwards.

    Nothing changes, not even the version, when the entries are the same as stored.
    """
    checked = checked_entries(entries)
    ensure_seeded(db)
    with db.atomic():
        current = {(entry.written, entry.spoken) for entry in load_table(db)}
        if current == {(entry.written, entry.spoken) for entry in checked}:
            return dictionary_version(db)
        db.execute("DELETE FROM pronunciations")
        db.table("pronunciations").insert_all({"written": entry.written, "spoken": entry.spoken} for entry in checked)
        return _bump(db)


def set_entry(db: Database, written: str, spoken: str) -> int:
    """Adds or changes one entry; returns the new dictionary version."""
    checked = checked_entries([(written, spoken)])
    if not checked:
        raise InputError(msg("Chưa nhập chữ viết tắt và cách đọc."))
    entry = checked[0]
    ensure_seeded(db)
    with db.atomic():
        db.execute(
            "INSERT INTO pronunciations (written, spoken) VALUES (?, ?) "
            "ON CONFLICT(written) DO UPDATE SET spoken = excluded.spoken",
            [entry.written, entry.spoken],
        )
        return _bump(db)


def delete_entry(db: Database, written: str) -> int:
    ensure_seeded(db)
    with db.atomic():
        if db.execute("DELETE FROM pronunciations WHERE written = ?", [written]).rowcount == 0:
            raise InputError(msg("Không có chữ viết tắt “{written}” trong từ điển phát âm.", written=written))
        return _bump(db)


def default_entries() -> list[Pronunciation]:
    return default_pronunciations()


def reset_to_defaults(db: Database) -> int:
    return save_table(db, default_pronunciations())
