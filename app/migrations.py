"""Ordered schema migrations. Never edit an applied migration: add a new one at the end."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("truyenthanh")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE directives (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL,            -- số, e.g. 1283/UBND-VHTT
            date TEXT,                       -- YYYY-MM-DD
            issuer TEXT NOT NULL DEFAULT '', -- cơ quan ban hành
            summary TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("""
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            colour TEXT NOT NULL DEFAULT '#1f77b4',
            active INTEGER NOT NULL DEFAULT 1,
            directive_id INTEGER REFERENCES directives(id)
        )""")
    db.execute("""
        CREATE TABLE bulletins (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            topic_id INTEGER REFERENCES topics(id),
            directive_id INTEGER REFERENCES directives(id),
            body TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            is_sample INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('speech', 'recording', 'jingle', 'live')),
            title TEXT NOT NULL,
            bulletin_id INTEGER REFERENCES bulletins(id),
            topic_id INTEGER REFERENCES topics(id),
            audio_path TEXT,                 -- relative to the data folder (content-addressed store)
            audio_sha256 TEXT,
            duration_s REAL,
            loudness_lufs REAL,
            true_peak_dbtp REAL,
            normalized_text TEXT,            -- speech provenance
            engine TEXT,
            voice TEXT,
            speed REAL,
            dictionary_version INTEGER,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE windows (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            start_time TEXT NOT NULL,        -- HH:MM:SS
            end_time TEXT NOT NULL,          -- HH:MM:SS
            days TEXT NOT NULL DEFAULT '1234567',  -- ISO weekdays, 1 = Monday
            date_from TEXT,                  -- optional campaign range, YYYY-MM-DD
            date_to TEXT,
            on_date TEXT,                    -- optional single date
            active INTEGER NOT NULL DEFAULT 1
        )""")
    db.execute("""
        CREATE TABLE schedule_items (
            id INTEGER PRIMARY KEY,
            window_id INTEGER REFERENCES windows(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            segment_id INTEGER NOT NULL,     -- no FK: a deleted segment must surface as a warning
            at TEXT,                         -- one-off items: YYYY-MM-DD HH:MM:SS
            priority TEXT NOT NULL DEFAULT 'ordinary'
                CHECK (priority IN ('ordinary', 'priority', 'emergency')),
            created_at TEXT NOT NULL,
            CHECK ((window_id IS NULL) <> (at IS NULL))
        )""")
    db.execute("""
        CREATE TABLE airings (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER,
            schedule_item_id INTEGER,
            title TEXT NOT NULL,             -- as it was at air time
            topic TEXT NOT NULL DEFAULT '',  -- as it was at air time
            scheduled_at TEXT,
            started_at TEXT,
            ended_at TEXT,
            duration_s REAL,                 -- time actually on air
            planned_duration_s REAL,
            status TEXT NOT NULL CHECK (status IN
                ('on_air', 'completed', 'interrupted', 'missed', 'failed', 'skipped')),
            trigger TEXT NOT NULL CHECK (trigger IN ('scheduled', 'manual', 'urgent', 'live')),
            operator TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            heartbeat_at TEXT,
            source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'imported')),
            corrects_id INTEGER,             -- a correction is a new row pointing at the old one
            chain_index INTEGER UNIQUE,      -- position in the hash chain, given when the row is finished
            prev_hash TEXT,
            row_hash TEXT
        )""")
    # Finished rows are evidence: the database itself refuses to change or drop them.
    db.execute("""
        CREATE TRIGGER airings_finished_immutable BEFORE UPDATE ON airings
        WHEN OLD.row_hash IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'finished airing rows are read-only'); END""")
    db.execute("""
        CREATE TRIGGER airings_no_delete BEFORE DELETE ON airings
        WHEN OLD.row_hash IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'finished airing rows cannot be deleted'); END""")
    db.execute("CREATE INDEX airings_started ON airings(started_at)")
    db.execute("CREATE INDEX airings_scheduled ON airings(scheduled_at)")
    db.execute("CREATE INDEX airings_status ON airings(status)")
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE pronunciations (
            id INTEGER PRIMARY KEY,
            written TEXT NOT NULL UNIQUE,    -- as written, e.g. UBND
            spoken TEXT NOT NULL             -- as read, e.g. Ủy ban nhân dân
        )""")


@migrations()
def m002_targets(db: Database) -> None:
    """Targets (chỉ tiêu) per topic, e.g. at least 2 airings a day or 60 minutes a week."""
    db.execute("""
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            metric TEXT NOT NULL CHECK (metric IN
                ('airings_per_day', 'airings_per_week', 'minutes_per_day', 'minutes_per_week')),
            minimum REAL NOT NULL CHECK (minimum >= 0),
            UNIQUE (topic_id, metric)
        )""")


@migrations()
def m003_chain_checkpoint(db: Database) -> None:
    """Where the last full walk of the log's hash chain got to, so reports need not walk it all again."""
    db.execute("""
        CREATE TABLE chain_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            chain_index INTEGER NOT NULL,
            row_hash TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            verified_at TEXT NOT NULL DEFAULT (datetime('now'))
        )""")


@migrations()
def m004_journal_replay_and_import_batches(db: Database) -> None:
    """Bookkeeping for the airing journal's replay (app/log/recorder.py) and for imports appended in
    chunks (app/log/importer.py). Schema only, so it takes a moment whatever the size of the log."""
    db.execute("""
        CREATE TABLE journal_replays (
            journal_id TEXT PRIMARY KEY,     -- the id in the journal file's header
            last_seq INTEGER NOT NULL,       -- its records up to this one are in the database
            replayed_at TEXT NOT NULL DEFAULT (datetime('now'))
        )""")
    db.execute("""
        CREATE TABLE journal_airings (
            key TEXT PRIMARY KEY,            -- an airing whose start went to the journal
            airing_id INTEGER NOT NULL       -- its row, once replayed
        )""")
    db.execute("""
        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            staging_path TEXT NOT NULL,      -- the checked rows, in the order they are appended
            rows_total INTEGER NOT NULL,
            rows_done INTEGER NOT NULL DEFAULT 0,
            first_airing_id INTEGER,
            last_airing_id INTEGER,
            state TEXT NOT NULL CHECK (state IN ('appending', 'done')),
            started_at TEXT NOT NULL,
            finished_at TEXT
        )""")


@migrations()
def m005_relay(db: Database) -> None:
    """Relay segments (tiếp sóng): a source (an internet stream or an audio input of the PC), a length (the
    row's duration_s) and a fallback segment played while the source is down. SQLite cannot change a CHECK,
    so the table is rebuilt with the same columns and rows; nothing refers to it by a foreign key."""
    columns = (
        "id, kind, title, bulletin_id, topic_id, audio_path, audio_sha256, duration_s, loudness_lufs, "
        "true_peak_dbtp, normalized_text, engine, voice, speed, dictionary_version, created_at"
    )
    db.execute("""
        CREATE TABLE segments_relay (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('speech', 'recording', 'jingle', 'live', 'relay')),
            title TEXT NOT NULL,
            bulletin_id INTEGER REFERENCES bulletins(id),
            topic_id INTEGER REFERENCES topics(id),
            audio_path TEXT,                 -- relative to the data folder (content-addressed store)
            audio_sha256 TEXT,
            duration_s REAL,                 -- for a relay: its length
            loudness_lufs REAL,
            true_peak_dbtp REAL,
            normalized_text TEXT,            -- speech provenance
            engine TEXT,
            voice TEXT,
            speed REAL,
            dictionary_version INTEGER,
            created_at TEXT NOT NULL,
            relay_url TEXT,                  -- relay source: a stream's address...
            relay_input TEXT,                -- ...or an audio input of the PC
            fallback_segment_id INTEGER,     -- no FK: a deleted fallback must not block anything
            CHECK (kind <> 'relay' OR (relay_url IS NULL) <> (relay_input IS NULL))
        )""")
    db.execute(f"INSERT INTO segments_relay ({columns}) SELECT {columns} FROM segments")
    db.execute("DROP TABLE segments")
    db.execute("ALTER TABLE segments_relay RENAME TO segments")


@migrations()
def m006_policy(db: Database) -> None:
    """Overrides of the broadcast-hour rules (app/policy.py): who scheduled what against which rule, and why.
    Windows and items point at the override that let them in (gone with them when they are deleted)."""
    db.execute("""
        CREATE TABLE policy_overrides (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            subject TEXT NOT NULL CHECK (subject IN ('window', 'item')),
            subject_id INTEGER NOT NULL,
            rules TEXT NOT NULL,             -- rule codes, comma-separated (schedules/policy.py)
            message TEXT NOT NULL,           -- the refusal the operator overrode
            reason TEXT NOT NULL CHECK (reason <> ''),
            operator TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("ALTER TABLE windows ADD COLUMN policy_override_id INTEGER REFERENCES policy_overrides(id)")
    db.execute("ALTER TABLE schedule_items ADD COLUMN policy_override_id INTEGER REFERENCES policy_overrides(id)")
    # A station that already broadcasts keeps doing so as before (nothing it has scheduled stops playing after
    # an upgrade); the rules are the operator's to set in Cài đặt. A new station (no settings yet: it is seeded
    # after the migrations) gets the defaults, quiet hours 21:30-05:30.
    if db.execute("SELECT count(*) FROM settings").fetchone()[0]:
        for key in ("policy_quiet_from", "policy_quiet_to"):
            db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, '')", [key])


@migrations()
def m007_restored_slots(db: Database) -> None:
    """12ui: "Đưa lại vào lịch". A slot whose airing the operator interrupted or skipped by hand is put back into
    the plan: the airing's row stays as it is (the log is evidence), and this row says the slot waits again."""
    db.execute("""
        CREATE TABLE restored_slots (
            airing_id INTEGER PRIMARY KEY,   -- the interrupted or skipped row that no longer ends the slot
            schedule_item_id INTEGER NOT NULL,
            scheduled_at TEXT NOT NULL,
            restored_at TEXT NOT NULL,
            operator TEXT NOT NULL DEFAULT ''
        )""")


@migrations()
def m008_approval(db: Database) -> None:
    """15: approval (duyệt tin bài). A bulletin's state, who moved it there and when, the note or the reason, and
    the hash of the exact body that was approved (app/approval.py): an approval covers that text only."""
    db.execute("ALTER TABLE bulletins ADD COLUMN approval_state TEXT NOT NULL DEFAULT 'draft'")
    db.execute("ALTER TABLE bulletins ADD COLUMN approval_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE bulletins ADD COLUMN approval_at TEXT")
    db.execute("ALTER TABLE bulletins ADD COLUMN approval_note TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE bulletins ADD COLUMN approved_sha256 TEXT")


@migrations()
def m009_segment_text_hash(db: Database) -> None:
    """15form: a segment keeps the SHA-256 of the text it reads (a speech segment: its bulletin's body when it was
    read), so that the approval of an airing is the approval of exactly what aired (app/approval.py). NULL for
    segments made before, and for those that read no text (a jingle, a relay)."""
    db.execute("ALTER TABLE segments ADD COLUMN text_sha256 TEXT")


@migrations()
def m010_airing_recordings(db: Database) -> None:
    """15voice: Đọc trực tiếp records what the operator read. The airing row is hashed evidence and is never
    altered; this row ties the recording to it by id, with the file's SHA-256, and is as unchangeable."""
    db.execute("""
        CREATE TABLE airing_recordings (
            airing_id INTEGER PRIMARY KEY REFERENCES airings(id),
            audio_path TEXT NOT NULL,        -- relative to the data folder
            audio_sha256 TEXT NOT NULL,
            duration_s REAL NOT NULL,
            recorded_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TRIGGER airing_recordings_immutable BEFORE UPDATE ON airing_recordings
        BEGIN SELECT RAISE(ABORT, 'airing recordings are evidence: never changed'); END""")
    db.execute("""
        CREATE TRIGGER airing_recordings_no_delete BEFORE DELETE ON airing_recordings
        BEGIN SELECT RAISE(ABORT, 'airing recordings are evidence: never deleted'); END""")


@migrations()
def m011_online_posts(db: Database) -> None:
    """15share: the register of online posts (đăng tải) of bulletins on Zalo, Facebook, the ward's website.
    The bulletin's title and topic are kept as they were when it was posted, as airings keep theirs: a post still
    counts in a report after its bulletin was renamed or deleted (so no foreign key on bulletin_id)."""
    db.execute("""
        CREATE TABLE online_posts (
            id INTEGER PRIMARY KEY,
            bulletin_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL CHECK (channel IN ('zalo', 'facebook', 'website', 'other')),
            posted_at TEXT NOT NULL,         -- station time, 'YYYY-MM-DD HH:MM:SS'
            url TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX online_posts_posted_at ON online_posts (posted_at)")


@migrations()
def m012_window_created_at(db: Database) -> None:
    """16ux: when a broadcast window was made, so that the week view does not show it on days before it existed
    (a window without a date range recurs backwards without limit). Windows made before this migration keep
    NULL: their age is not known, and they are shown as before rather than on a guessed date."""
    db.execute("ALTER TABLE windows ADD COLUMN created_at TEXT")
