"""app/segments.py owns the segments table and the audio store: one reading of a stored audio path for every
place that needs the file, and one content address for speech and recordings alike."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app import segments
from app.startup_checks import run_startup_checks
from audio.content_store import content_path, file_sha256
from tests.audio_fixtures import add_segment

CREATED = datetime(2026, 11, 20, 6)


def test_one_reading_of_a_stored_path_relative_or_absolute(station, tmp_path):
    """A row whose audio_path is absolute (typed in with the sqlite3 shell, or by an older version) names that
    very file for the player and the planner, the preview and the start check; deleting the segment never
    deletes a file outside the data folder."""
    data = station.paths.data_dir
    inside = add_segment(station.db, data, title="Trong kho", seconds=1.0)
    outside_file = tmp_path / "ngoai kho" / "ban-ghi.mp3"
    outside_file.parent.mkdir()
    outside_file.write_bytes(b"ID3 khong phai kho")
    outside = add_segment(station.db, data, title="Ngoài kho", seconds=1.0, with_file=False)
    with sqlite3.connect(station.paths.database) as shell:  # another program's connection, as the shell's
        shell.execute("UPDATE segments SET audio_path = ? WHERE id = ?", [str(outside_file), outside])

    stored = segments.get_segment(station.db, inside)["audio_path"]
    assert not Path(stored).is_absolute() and stored.startswith("audio/")
    expected = {inside: data / stored, outside: outside_file}
    audio = segments.segment_audio(station.db, data, [inside, outside])
    for segment_id, path in expected.items():
        assert audio[segment_id].path == path and audio[segment_id].info.has_audio
        assert segments.audio_file(station.db, data, segment_id) == path
        assert segments.resolve_audio_path(data, segments.get_segment(station.db, segment_id)["audio_path"]) == path
    assert [p.code for p in run_startup_checks(station.paths)] == []  # both files found where the rows say

    outside_file.unlink()
    problems = run_startup_checks(station.paths)
    assert [p.code for p in problems] == ["audio_files_missing"] and str(outside_file) in problems[0].message
    outside_file.write_bytes(b"ID3 khong phai kho")
    segments.delete_segment(station.db, data, outside)
    assert outside_file.is_file()  # not the store's to delete
    segments.delete_segment(station.db, data, inside)
    assert not expected[inside].exists()


def test_a_file_two_rows_share_stays_until_the_last_goes(station, tmp_path):
    source = tmp_path / "chung.wav"
    source.write_bytes(b"RIFF" + bytes(2000))
    stored, sha = segments.store_copy(source, station.paths.audio_store, ".WAV")
    assert stored == content_path(station.paths.audio_store, sha, ".wav") and sha == file_sha256(source)
    assert segments.store_copy(source, station.paths.audio_store, ".wav") == (stored, sha)  # kept once
    audio = segments.StoredAudio(stored, 1.0, sha)
    with station.db.atomic():
        ids = [
            segments.add_segment(
                station.db, station.paths.data_dir, kind="jingle", title=name, audio=audio, created_at=CREATED
            )
            for name in ("Một", "Hai")
        ]
    assert [s.title for s in segments.list_segments(station.db, kind="jingle")] == ["Hai", "Một"]
    assert not segments.remove_if_unreferenced(station.db, station.paths.data_dir, stored)
    segments.delete_segment(station.db, station.paths.data_dir, ids[0])
    assert stored.is_file()
    segments.delete_segment(station.db, station.paths.data_dir, ids[1])
    assert not stored.exists()
