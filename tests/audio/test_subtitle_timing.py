"""Subtitle timing: written sentences, screen-sized parts, readings found in the pauses, cues never overlapping."""

from __future__ import annotations

from audio.subtitle_timing import Cue, readings, screen_parts, srt_text, time_cues, written_sentences


def test_written_sentences_keep_numbers_and_abbreviations_whole():
    text = "Từ 7h30 ngày 05/9, UBND P. Bạch Sam họp. Bà con đến đúng giờ!\nXin cảm ơn…  Hết."
    assert written_sentences(text) == [
        "Từ 7h30 ngày 05/9, UBND P. Bạch Sam họp.",
        "Bà con đến đúng giờ!",
        "Xin cảm ơn…",
        "Hết.",
    ]


def test_long_sentence_is_cut_at_commas_within_the_limit():
    sentence = ", ".join(["Bà con cần cảnh giác với các cuộc gọi lạ"] * 4) + "."
    parts = screen_parts(sentence, limit=90)
    assert all(len(part) <= 90 for part in parts) and len(parts) >= 2
    assert " ".join(parts) == sentence
    assert all(part.endswith((",", ".")) for part in parts)  # whole clauses
    long = "Người dân tuyệt đối không truy cập vào các đường link lạ được gửi qua tin nhắn, mạng xã hội Zalo, Facebook."
    assert screen_parts(long, limit=90) == [
        "Người dân tuyệt đối không truy cập vào các đường link lạ được gửi qua tin nhắn,",
        "mạng xã hội Zalo, Facebook.",  # short clauses packed together, not one per comma
    ]
    words = "một " * 40
    assert all(len(part) <= 20 for part in screen_parts(words.strip(), limit=20))


def test_repeated_reading_is_two_readings_and_a_reminder():
    # body 0-10 s, pause, "Xin nhắc lại." 12-13 s, pause, body 15-25 s
    silences = [(4.9, 5.2), (10.0, 12.0), (13.0, 15.0), (19.9, 20.2)]
    spans, reminders = readings(25.0, silences, pause_s=2.0)
    assert spans == [(0.0, 10.0), (15.0, 25.0)] and reminders == [(12.0, 13.0)]


def test_one_reading_when_the_pauses_do_not_alternate():
    spans, reminders = readings(20.0, [(0.0, 0.5), (5.0, 7.5), (19.0, 20.0)], pause_s=2.0)
    assert spans == [(0.5, 19.0)] and reminders == []


def test_boundaries_move_to_the_pauses_and_cues_touch_but_never_overlap():
    silences = [(4.9, 5.3), (10.0, 12.0), (13.0, 15.0), (19.7, 20.1)]
    cues = time_cues(["Một hai ba.", "Bốn năm sáu."], [10, 12], 25.0, silences, pause_s=2.0)
    assert [cue.text for cue in cues] == ["Một hai ba.", "Bốn năm sáu.", "Xin nhắc lại.", "Một hai ba.", "Bốn năm sáu."]
    assert abs(cues[0].end_s - 5.1) < 1e-9 and abs(cues[3].end_s - 19.9) < 1e-9  # the pauses' middles
    for cue, following in zip(cues, cues[1:], strict=False):
        assert cue.start_s < cue.end_s <= following.start_s


def test_srt_numbers_and_milliseconds():
    text = srt_text([Cue(0.0, 1.5, "Một."), Cue(1.5, 3661.0014, "Hai.")])
    assert text == "1\n00:00:00,000 --> 00:00:01,500\nMột.\n\n2\n00:00:01,500 --> 01:01:01,001\nHai.\n"
