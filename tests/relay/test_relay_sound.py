"""A relay (tiếp sóng) end to end: a real Icecast server on loopback fed by ffmpeg, the engine driven by the Qt
timer, the QtPlayer's relay output into the PulseAudio null sink, whose monitor is recorded. The source sends
1000 Hz and the fallback recording is 440 Hz, so the recording says which one went out when."""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading

import pytest

from app import schedule_store
from app.relay import note as relay_note
from app.relay.store import add_relay
from app.station_time import parse_timestamp
from audio.stream import LEAD_S
from tests.audio_fixtures import add_segment
from tests.relay.conftest import FALLBACK_HZ, SOURCE_HZ, mostly, near, pitches
from tests.relay.icecast import free_port
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound


def relay_segment(station, url: str, length_s: float, *, fallback: bool = True) -> int:
    fallback_id = None
    if fallback:
        fallback_id = add_segment(
            station.db, station.paths.data_dir, title="Nhạc chờ của đài", seconds=4.0, frequency=FALLBACK_HZ
        )
    return add_relay(
        station.db,
        station.paths.data_dir,
        title="Tiếp sóng Đài tỉnh",
        url=url,
        length_s=length_s,
        created_at=station.now(),
        fallback_segment_id=fallback_id,
    )


def air(station, pulse_sink, qtbot, segment_id: int, *, lead_s: float = 5.5, during=None):
    """Schedules the relay at the next whole second after `lead_s`, runs the real driver and player while
    recording the sink until it has finished; `during(started_at)` runs once it is on air."""
    from ui.playout_driver import PlayoutDriver

    station.update_settings({"audio_output": "truyenthanh_test", "volume": "1.0"})
    planned = next_second(lead_s)
    item_id = schedule_store.add_one_off(station.db, segment_id, planned)
    with pulse_sink.record() as recorder:
        driver = PlayoutDriver.for_station(station, heartbeat_s=1.0)
        events = []
        driver.event_reported.connect(events.append)
        driver.start()
        try:
            if during is not None:
                qtbot.waitUntil(lambda: any(e.kind == "started" for e in events), timeout=15_000)
                during(driver)
            qtbot.waitUntil(lambda: any(e.kind in ("finished", "not_aired") for e in events), timeout=30_000)
            qtbot.wait(300)
        finally:
            driver.stop()
        recording = recorder.stop()
    [row] = station.db.query("SELECT * FROM airings")
    assert row["schedule_item_id"] == item_id
    return planned, recording, row


def test_a_relay_goes_out_on_time_for_its_length(pulse_sink, station, qtbot, icecast):
    icecast.feed("tinh.mp3", SOURCE_HZ)
    segment = relay_segment(station, icecast.url("tinh.mp3"), 3.0)
    planned, recording, row = air(station, pulse_sink, qtbot, segment)

    spans = recording.spans(threshold_dbfs=-30)
    assert len(spans) == 1, spans
    [sound] = spans
    print(f"relay at {(sound.start - epoch(planned)) * 1000:+.0f} ms, {sound.length:.2f} s")
    assert abs(sound.start - epoch(planned)) <= 0.5
    assert sound.length == pytest.approx(3.0, abs=0.4)
    heard = pitches(recording, sound.start + 0.1, sound.end - 0.1)
    assert mostly(heard, SOURCE_HZ, FALLBACK_HZ), f"{heard} {row['note']}"  # the source throughout

    assert row["status"] == "completed" and row["trigger"] == "scheduled" and row["segment_id"] == segment
    assert parse_timestamp(row["started_at"]) == planned
    assert row["duration_s"] == pytest.approx(3.0, abs=0.4)
    assert row["note"].startswith(f"Tiếp sóng {icecast.url('tinh.mp3')}.")
    figures = relay_note.parse(row["note"])
    assert figures.relayed_s == pytest.approx(3.0, abs=0.4) and figures.fallback_s <= 0.3
    assert row["row_hash"]  # sealed in the chain, note and all


def test_a_source_drop_plays_the_fallback_then_the_source_again(pulse_sink, station, qtbot, icecast):
    source = icecast.feed("tinh.mp3", SOURCE_HZ)
    segment = relay_segment(station, icecast.url("tinh.mp3"), 10.0)
    times = {}

    def drop_and_restore(driver) -> None:
        import time

        qtbot.wait(1500)
        source.kill()  # the provincial station's encoder dies: Icecast closes the mount
        source.wait()
        times["dropped"] = time.time()
        qtbot.wait(3500)  # longer than the 2 s the relay runs behind: the outage reaches the air
        # Off the main thread: the sound card pulls the relay from the Qt event loop, which must keep turning.
        restore = threading.Thread(target=icecast.feed, args=("tinh.mp3", SOURCE_HZ))
        restore.start()
        qtbot.waitUntil(lambda: not restore.is_alive(), timeout=10_000)
        times["restored"] = time.time()
        qtbot.waitUntil(
            lambda: driver.state().now_playing is None or driver.state().now_playing.relay.signal, timeout=8000
        )
        times["signal"] = time.time()

    planned, recording, row = air(station, pulse_sink, qtbot, segment, during=drop_and_restore)
    start = epoch(planned)
    heard = pitches(recording, start + 0.1, start + 9.9)
    dropped, restored = times["dropped"] - start, times["restored"] - start
    assert mostly([(t, hz) for t, hz in heard if t < dropped - 0.6], SOURCE_HZ, FALLBACK_HZ), heard
    fallback = [t for t, hz in heard if near(hz, FALLBACK_HZ)]
    # The relay runs LEAD_S behind the source: the fallback follows once that has played, with no dead air.
    assert fallback and min(fallback) < dropped + LEAD_S + 1.0, heard
    assert all(hz > 0 for _, hz in heard), heard
    again = [t for t, hz in heard if near(hz, SOURCE_HZ) and t > restored]
    assert times["signal"] - times["restored"] <= 4.0  # reconnected within seconds (backoff 0.5, 1, 2 s)
    assert again and min(again) - restored <= 4.5, heard
    print(f"dropped at {dropped:.1f} s, restored at {restored:.1f} s, source again at {min(again):.1f} s")

    assert row["status"] == "completed"
    figures = relay_note.parse(row["note"])
    assert figures.fallback_s >= 1.0 and figures.relayed_s >= 3.0
    assert figures.relayed_s + figures.fallback_s == pytest.approx(row["duration_s"], abs=0.5)
    # What the note says went out as fallback is what the sink heard as fallback, give or take the mixed windows.
    assert figures.fallback_s == pytest.approx(max(fallback) + 0.25 - min(fallback), abs=1.0), heard


def test_an_unreachable_source_plays_the_fallback_and_says_so(pulse_sink, station, qtbot):
    url = f"http://127.0.0.1:{free_port()}/khong-co.mp3"  # nothing listens there
    segment = relay_segment(station, url, 3.0)
    planned, recording, row = air(station, pulse_sink, qtbot, segment)
    start = epoch(planned)
    heard = pitches(recording, start + 0.1, start + 2.9)
    assert mostly(heard, FALLBACK_HZ, SOURCE_HZ), heard
    assert row["status"] == "completed" and row["duration_s"] == pytest.approx(3.0, abs=0.4)
    figures = relay_note.parse(row["note"])
    assert figures.relayed_s == 0.0 and figures.fallback_s == pytest.approx(3.0, abs=0.4)
    assert "Không nhận được tín hiệu" in row["note"]


@pytest.fixture
def hls_playlist(tmp_path):
    """A live HLS stream of the source tone: ffmpeg writes 1-second segments in real time into a sliding
    playlist, served on loopback by a tiny http.server (as a provincial station's HLS output would be)."""
    import time

    folder = tmp_path / "hls"
    folder.mkdir()
    writer = subprocess.Popen(
        [
            "ffmpeg",
            "-nostdin",
            "-loglevel",
            "error",
            "-re",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={SOURCE_HZ}:sample_rate=44100",
            "-af",
            "volume=0.5",
            "-ac",
            "2",
            "-c:a",
            "aac",
            "-b:a",
            "96k",
            "-f",
            "hls",
            "-hls_time",
            "1",
            "-hls_list_size",
            "6",
            "-hls_flags",
            "delete_segments",
            str(folder / "tinh.m3u8"),
        ],
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    deadline = time.monotonic() + 15
    while len(list(folder.glob("*.ts"))) < 3:  # the player starts three segments from the live edge
        assert writer.poll() is None and time.monotonic() < deadline, "ffmpeg wrote no HLS segments"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{server.server_address[1]}/tinh.m3u8"
    server.shutdown()
    writer.kill()
    writer.wait()


def test_an_hls_playlist_is_relayed(pulse_sink, station, qtbot, hls_playlist):
    segment = relay_segment(station, hls_playlist, 3.0)
    planned, recording, row = air(station, pulse_sink, qtbot, segment)
    start = epoch(planned)
    heard = pitches(recording, start + 0.1, start + 2.9)
    assert mostly(heard, SOURCE_HZ, FALLBACK_HZ), f"{heard} {row['note']}"
    figures = relay_note.parse(row["note"])
    assert row["status"] == "completed" and figures.relayed_s == pytest.approx(3.0, abs=0.4)
    assert row["note"].startswith(f"Tiếp sóng {hls_playlist}.")
