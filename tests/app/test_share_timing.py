"""A bulletin read twice by the real offline voice: the pauses in its sound give two readings and the reminder."""

from __future__ import annotations

from app.share_package import plan_share
from audio.silences import detect_silences
from audio.subtitle_timing import time_cues
from tests.app.share_fixtures import SENTENCES, spoken_bulletin


def test_read_twice_gives_every_sentence_twice_around_the_reminder(db_path):
    spoken = spoken_bulletin(db_path, repeat=2)
    try:
        plan = plan_share(spoken.station, spoken.bulletin_id)
        duration, silences = detect_silences(plan.audio)
        assert abs(duration - spoken.duration_s) < 0.1
        cues = time_cues(plan.sentences, plan.weights, duration, silences, pause_s=plan.pause_s)
    finally:
        spoken.station.close()
    assert [cue.text for cue in cues] == [*SENTENCES, "Xin nhắc lại.", *SENTENCES]
    reminder = cues[3]
    assert reminder.end_s - reminder.start_s < 2.5
    long_pauses = [(a, b) for a, b in silences if b - a >= 1.4]
    assert long_pauses[0][1] <= reminder.start_s + 0.01 and reminder.end_s <= long_pauses[1][0] + 0.01
    for cue, following in zip(cues, cues[1:], strict=False):
        assert cue.start_s < cue.end_s <= following.start_s
