"""A loopback stand-in for Google Translate's speech endpoint, answering gTTS's own requests.

It speaks Google's real wire format (the batchexecute POST with `f.req`, answered by a `)]}'` guarded body whose
`jQ1olc` line carries the base64 MP3) so gTTS's parser runs unchanged. The audio is a real MP3 (ffmpeg, 24 kHz
mono like Google's) of a tone whose frequency and length are chosen per text, so a test can tell chunks apart in
the joined output. Failures are scripted: HTTP status, hang, dropped connection, garbage, and a rate limit
that answers 429 to every request beyond a number in flight at once (as Google does to a client in a hurry).
"""

from __future__ import annotations

import array
import base64
import json
import math
import socket
import subprocess
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from audio.ffmpeg_tools import ffmpeg_path

RPC_PATH = "/_/TranslateWebserverUi/data/batchexecute"

_tone_cache: dict[tuple[float, float], bytes] = {}
_tone_lock = threading.Lock()


def tone_mp3(frequency: float, duration: float) -> bytes:
    """A real MP3 of a sine tone, made once per (frequency, duration) for the whole test session."""
    key = (round(frequency, 1), round(duration, 2))
    with _tone_lock:
        cached = _tone_cache.get(key)
    if cached is not None:
        return cached
    source = f"sine=frequency={key[0]}:sample_rate=24000:duration={key[1]}"
    completed = subprocess.run(
        [
            ffmpeg_path(),
            "-hide_banner",
            "-nostdin",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            source,
            "-af",
            "volume=2",
            "-ac",
            "1",
            "-c:a",
            "libmp3lame",
            "-b:a",
            "32k",
            "-f",
            "mp3",
            "pipe:1",
        ],
        capture_output=True,
        check=True,
    )
    with _tone_lock:
        _tone_cache[key] = completed.stdout
    return completed.stdout


def default_tone(text: str) -> tuple[float, float]:
    """Frequency from the text's CRC (16 steps, 300-1500 Hz); about 20 characters a second, like speech."""
    frequency = 300.0 + 80.0 * (zlib.crc32(text.encode("utf-8")) % 16)
    duration = round(max(0.4, 0.05 * len(text)), 1)
    return frequency, duration


def google_body(mp3: bytes) -> bytes:
    """The body Google's batchexecute returns for the jQ1olc (speech) RPC."""
    audio = base64.b64encode(mp3).decode("ascii")
    envelope = [
        ["wrb.fr", "jQ1olc", json.dumps([audio]), None, None, None, "generic"],
        ["di", 57],
        ["af.httprm", 56, "-2843276017396781024", 19],
    ]
    line = json.dumps(envelope, separators=(",", ":"))
    tail = f'[["e",4,null,null,{len(line) + 60}]]'
    return f")]}}'\n\n{len(line)}\n{line}\n{len(tail)}\n{tail}\n".encode()


def parse_request(body: bytes) -> tuple[str, str]:
    """(text, lang) from gTTS's form body `f.req=[[["jQ1olc","[text,lang,speed,\"null\"]",null,"generic"]]]`."""
    form = urllib.parse.parse_qs(body.decode("utf-8"))
    rpc = json.loads(form["f.req"][0])
    assert rpc[0][0][0] == "jQ1olc", rpc
    parameter = json.loads(rpc[0][0][1])
    return parameter[0], parameter[1]


@dataclass
class _Rule:
    action: str  # "status" | "hang" | "drop" | "garbage"
    status: int = 200
    contains: str | None = None
    remaining: int | None = None  # None: every matching request

    def matches(self, text: str) -> bool:
        return self.remaining != 0 and (self.contains is None or self.contains in text)


class GoogleStandIn:
    def __init__(self, latency_s: float | Callable[[str], float] = 0.0) -> None:
        self.latency_s = latency_s
        self.tone_for: Callable[[str], tuple[float, float]] = default_tone
        self.texts: list[str] = []  # in arrival order
        self.answered: list[str] = []  # texts answered with audio, in completion order
        self.langs: list[str] = []
        self.request_count = 0
        self.head_count = 0
        self.max_in_flight = 0
        self.statuses: list[int] = []  # every status answered, in completion order
        self.concurrency_limit: int | None = None
        self._in_flight = 0
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripted failures ---------------------------------------------------------------------------------
    def fail_first(self, count: int, status: int = 503) -> None:
        self._rules.append(_Rule("status", status=status, remaining=count))

    def fail_text(self, contains: str, status: int = 500, times: int | None = None) -> None:
        self._rules.append(_Rule("status", status=status, contains=contains, remaining=times))

    def hang(self, contains: str | None = None, times: int | None = None) -> None:
        self._rules.append(_Rule("hang", contains=contains, remaining=times))

    def drop(self, contains: str | None = None, times: int | None = 1) -> None:
        self._rules.append(_Rule("drop", contains=contains, remaining=times))

    def garbage(self, contains: str | None = None, times: int | None = None) -> None:
        self._rules.append(_Rule("garbage", contains=contains, remaining=times))

    def limit_concurrency(self, requests: int) -> None:
        """Answer 429 Too Many Requests to any request that finds `requests` others already in flight."""
        self.concurrency_limit = requests

    # -- life ----------------------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    def translate_url(self, tld: str = "com", path: str = "") -> str:
        """Replacement for gtts.utils._translate_url: same signature, loopback host."""
        return f"http://127.0.0.1:{self.port}/{path}"

    def start(self) -> GoogleStandIn:
        server = _Server(("127.0.0.1", 0), _make_handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> GoogleStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- per request ---------------------------------------------------------------------------------------
    def _admit(self, text: str, lang: str) -> _Rule | None:
        with self._lock:
            self.request_count += 1
            self.texts.append(text)
            self.langs.append(lang)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            if self.concurrency_limit is not None and self._in_flight > self.concurrency_limit:
                return _Rule("status", status=429)
            for rule in self._rules:
                if rule.matches(text):
                    if rule.remaining is not None:
                        rule.remaining -= 1
                    return rule
        return None

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def reset_counts(self) -> None:
        with self._lock:
            self.request_count = 0
            self.texts.clear()
            self.langs.clear()
            self.answered.clear()
            self.statuses.clear()
            self.max_in_flight = 0

    def _latency(self, text: str) -> float:
        return self.latency_s(text) if callable(self.latency_s) else self.latency_s


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 resets connections when a client opens 16 at once; Google's servers do not.
    request_queue_size = 128


def _make_handler(standin: GoogleStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # silence per-request logging
            pass

        def do_HEAD(self) -> None:
            with standin._lock:
                standin.head_count += 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path.split("?")[0] != RPC_PATH:
                self._send(404, b"not found")
                return
            text, lang = parse_request(body)
            rule = standin._admit(text, lang)
            try:
                self._answer(text, rule)
            finally:
                standin._leave()

        def _answer(self, text: str, rule: _Rule | None) -> None:
            if rule is not None and rule.action == "hang":
                standin._stopping.wait(120)
                return
            if standin._stopping.wait(standin._latency(text)):
                return
            if rule is not None and rule.action == "status":
                self._send(rule.status, b"<html><body>Error</body></html>", "text/html")
                return
            if rule is not None and rule.action == "garbage":
                self._send(200, b')]}\'\n\n12\n[["wrb.fr"]]\n')
                return
            payload = google_body(tone_mp3(*standin.tone_for(text)))
            if rule is not None and rule.action == "drop":
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                time.sleep(0.02)
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self._send(200, payload)
            with standin._lock:
                standin.answered.append(text)

        def _send(self, status: int, payload: bytes, content_type: str = "application/json; charset=utf-8") -> None:
            with standin._lock:
                standin.statuses.append(status)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


def tone_sequence(pcm: bytes, rate: int, candidates: list[float], window_s: float = 0.1) -> list[float]:
    """The candidate frequency dominating each window of 16-bit mono `pcm` (Goertzel), runs collapsed.

    Silent windows (encoder padding between MP3 parts) are skipped, so the result is the order of the tones.
    """
    samples = array.array("h", pcm)
    size = int(rate * window_s)
    coefficients = [2 * math.cos(2 * math.pi * frequency / rate) for frequency in candidates]
    sequence: list[float] = []
    for start in range(0, len(samples) - size + 1, size):
        window = samples[start : start + size]
        if max(abs(value) for value in window) < 1500:
            continue
        powers = []
        for coefficient in coefficients:
            s_prev = s_prev2 = 0.0
            for value in window:
                s_prev, s_prev2 = value + coefficient * s_prev - s_prev2, s_prev
            powers.append(s_prev2 * s_prev2 + s_prev * s_prev - coefficient * s_prev * s_prev2)
        best = candidates[powers.index(max(powers))]
        if not sequence or sequence[-1] != best:
            sequence.append(best)
    return sequence
