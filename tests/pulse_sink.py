"""A private PulseAudio server with a null sink, to prove that sound really went out.

pytest plugin: the session fixture `pulse_sink` starts `pulseaudio` (as root too: `--system=false` with its
own runtime, state and home folders, anonymous auth on its own socket) with one null sink as the default,
and points this process (and the subprocesses it starts) at it through PULSE_SERVER. `pulse_sink.record()`
captures the sink's monitor with `parec` and keeps, for every block read, the wall-clock time it arrived,
so each sample gets a wall-clock time.

It fails loudly when pulseaudio or parec is missing: a sound test that cannot hear must not pass as skipped.
Any test that makes a QtPlayer (QtMultimedia connects to the sound server once per process) should request
this fixture first.

The microphone: a third null sink, `truyenthanh_mic`, whose monitor is remapped into an ordinary source,
`truyenthanh_microphone` (the default input). Whatever `pulse_sink.speak_into_mic(file)` plays into that sink
(`paplay`) is what an app recording from the default input hears; between plays it hears digital silence.
`pulse_sink.plug_microphone()` adds a second one (a USB microphone, not the default) that a test can unplug
mid-take (`PluggedMicrophone.unplug()`: pactl unload-module, as pulling the cable does).

Also used by benchmarks/playout.py, outside pytest: `PulseServer.start(folder)` / `stop()`.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = "truyenthanh_test"
PREVIEW_SINK = "truyenthanh_preview"  # a second null sink: the operator's headphones (Thiết bị nghe thử)
MIC_SINK = "truyenthanh_mic"  # what is played here comes out of MICROPHONE, as if spoken into it
MICROPHONE = "truyenthanh_microphone"
RATE = 44100
FRAME_S = 0.005


def _die_with_parent() -> None:
    """In the child before exec: Linux ends the daemon when the test run dies, even by SIGKILL."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class PulseUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Span:
    """A stretch of sound in a recording, in wall-clock seconds (time.time())."""

    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


class Recording:
    """The monitor's samples (mono, 16 bit, 44.1 kHz) with the wall-clock time of sample 0."""

    def __init__(self, samples: array.array, t0: float) -> None:
        self.samples = samples
        self.t0 = t0

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE

    def time_of(self, index: int) -> float:
        return self.t0 + index / RATE

    def spans(self, threshold_dbfs: float = -40.0, min_gap_s: float = 0.15, min_length_s: float = 0.05) -> list[Span]:
        """Stretches whose peak level is above the threshold; gaps shorter than `min_gap_s` are bridged.
        Edges are refined to the first and last sample above the threshold."""
        limit = int(32768 * 10 ** (threshold_dbfs / 20))
        frame = int(RATE * FRAME_S)
        loud: list[tuple[int, int]] = []
        for begin in range(0, len(self.samples), frame):
            chunk = self.samples[begin : begin + frame]
            if chunk and max(max(chunk), -min(chunk)) > limit:
                if loud and begin - loud[-1][1] <= int(min_gap_s * RATE):
                    loud[-1] = (loud[-1][0], begin + len(chunk))
                else:
                    loud.append((begin, begin + len(chunk)))
        spans = []
        for begin, end in loud:
            first = next(i for i in range(begin, end) if abs(self.samples[i]) > limit)
            last = next(i for i in range(end - 1, begin - 1, -1) if abs(self.samples[i]) > limit)
            span = Span(self.time_of(first), self.time_of(last + 1))
            if span.length >= min_length_s:
                spans.append(span)
        return spans

    def sounding_seconds(self, threshold_dbfs: float = -40.0) -> float:
        """The time above the threshold: a sound's own length, which a busy machine's buffer underruns (short
        silences inside it, bridged by `spans`) do not stretch."""
        return sum(span.length for span in self.spans(threshold_dbfs, min_gap_s=0.0, min_length_s=0.0))

    def peak(self, span: Span) -> float:
        """The highest absolute sample inside `span`, as a fraction of full scale."""
        first = max(0, int((span.start - self.t0) * RATE))
        last = min(len(self.samples), int((span.end - self.t0) * RATE) + 1)
        chunk = self.samples[first:last]
        return max(max(chunk), -min(chunk)) / 32768 if chunk else 0.0

    def rms_dbfs(self) -> float:
        if not self.samples:
            return -math.inf
        power = sum(s * s for s in self.samples) / len(self.samples)
        return 10 * math.log10(power / 32768**2) if power else -math.inf


class MonitorRecorder:
    """`parec` on the null sink's monitor, read on a thread; every block is stamped on arrival."""

    def __init__(self, server: PulseServer, sink: str = SINK) -> None:
        self.server = server
        self.sink = sink
        self._blocks: list[bytes] = []
        self._marks: list[tuple[float, int]] = []
        self._process: subprocess.Popen | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> MonitorRecorder:
        self._process = subprocess.Popen(
            [
                self.server.parec,
                "-d",
                f"{self.sink}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=5",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self.server.client_env(),
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self._marks:  # wait for the first block: the stream is live
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise PulseUnavailable(
                    f"parec không ghi được từ {self.sink}.monitor: "
                    f"{self._process.stderr.read().decode(errors='replace')[-300:]}"
                )
            time.sleep(0.01)
        return self

    def _read(self) -> None:
        total = 0
        stream = self._process.stdout
        while True:
            block = stream.read1(8192)
            if not block:
                return
            arrived = time.time()
            self._blocks.append(block)
            total += len(block)
            self._marks.append((arrived, total // 2))

    def stop(self) -> Recording:
        assert self._process is not None
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._thread.join(timeout=5)
        data = b"".join(self._blocks)
        samples = array.array("h")
        samples.frombytes(data[: len(data) // 2 * 2])
        # A block arrives after its last sample was captured, never before: the earliest estimate is the best.
        t0 = min(arrived - count / RATE for arrived, count in self._marks)
        return Recording(samples, t0)

    def __enter__(self) -> MonitorRecorder:
        return self.start()

    def __exit__(self, *exc) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


@dataclass
class PluggedMicrophone:
    """A microphone plugged in for one test: `sink` is what to play into (speak_into_mic(..., sink=...)),
    `source` its name (Qt's device id). `unplug()` unloads its modules; the session's microphone stays."""

    server: PulseServer
    sink: str
    source: str
    modules: list[str]

    def unplug(self) -> None:
        while self.modules:
            done = self.server._pactl("unload-module", self.modules.pop())
            if done.returncode != 0:
                raise PulseUnavailable(f"pactl unload-module: {done.stderr.strip()}")

    def __enter__(self) -> PluggedMicrophone:
        return self

    def __exit__(self, *exc) -> None:
        self.unplug()


class PulseServer:
    """A pulseaudio daemon of our own: its socket, no cookie, one null sink set as default."""

    def __init__(self, folder: Path, extra_sinks: tuple[str, ...] = ()) -> None:
        self.folder = Path(folder)
        self.extra_sinks = extra_sinks
        self.runtime = self.folder / "runtime"
        self.socket = self.runtime / "native"
        self.pulseaudio = shutil.which("pulseaudio")
        self.parec = shutil.which("parec")
        self.pactl = shutil.which("pactl")
        self.paplay = shutil.which("paplay")
        self.process: subprocess.Popen | None = None
        self.log_file = self.folder / "pulseaudio.log"

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    def client_env(self) -> dict[str, str]:
        return {**os.environ, **self.client_vars()}

    def client_vars(self) -> dict[str, str]:
        config = self.folder / "client.conf"
        return {"PULSE_SERVER": self.server, "PULSE_CLIENTCONFIG": str(config), "PULSE_SINK": SINK}

    def start(self) -> PulseServer:
        missing = [
            name
            for name, path in (
                ("pulseaudio", self.pulseaudio),
                ("parec", self.parec),
                ("pactl", self.pactl),
                ("paplay", self.paplay),
            )
            if path is None
        ]
        if missing:
            raise PulseUnavailable(
                f"Thiếu {', '.join(missing)}: cài gói pulseaudio và pulseaudio-utils (tools/setup-env --test)."
            )
        for sub in ("runtime", "state", "home", "config"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.runtime, 0o700)
        (self.folder / "client.conf").write_text("autospawn = no\n", encoding="utf-8")
        env = {
            **os.environ,
            "HOME": str(self.folder / "home"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "PULSE_RUNTIME_PATH": str(self.runtime),
            "PULSE_STATE_PATH": str(self.folder / "state"),
        }
        for name in ("PULSE_SERVER", "PULSE_SINK", "PULSE_COOKIE", "DBUS_SESSION_BUS_ADDRESS"):
            env.pop(name, None)
        command = [
            self.pulseaudio,
            "--daemonize=no",
            "--system=false",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--disallow-module-loading=false",
            "--use-pid-file=false",
            "-n",
            f"--load=module-null-sink sink_name={SINK} rate={RATE} "
            "sink_properties=device.description=Truyen_Thanh_Test",
            *(
                f"--load=module-null-sink sink_name={name} rate={RATE} sink_properties=device.description={name}"
                for name in self.extra_sinks
            ),
            f"--load=module-null-sink sink_name={MIC_SINK} rate={RATE} sink_properties=device.description={MIC_SINK}",
            f"--load=module-remap-source source_name={MICROPHONE} master={MIC_SINK}.monitor channels=1 "
            f"source_properties=device.description=Truyen_Thanh_Micro",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
            "--log-target=stderr",
            "--log-level=notice",
        ]
        log = open(self.log_file, "wb")
        self.process = subprocess.Popen(
            command, stdout=log, stderr=log, env=env, start_new_session=True, preexec_fn=_die_with_parent
        )
        log.close()
        deadline = time.monotonic() + 10
        while True:
            if self.process.poll() is not None:
                raise PulseUnavailable(f"pulseaudio dừng ngay khi khởi động: {self._log_tail()}")
            if self.socket.exists() and self._pactl("info").returncode == 0:
                break
            if time.monotonic() > deadline:
                self.stop()
                raise PulseUnavailable(f"pulseaudio không sẵn sàng sau 10 giây: {self._log_tail()}")
            time.sleep(0.05)
        self._pactl("set-default-sink", SINK)
        self._pactl("set-default-source", MICROPHONE)
        return self

    def _pactl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([self.pactl, *args], capture_output=True, text=True, env=self.client_env(), timeout=10)

    def _log_tail(self) -> str:
        try:
            return " | ".join(self.log_file.read_text(errors="replace").strip().splitlines()[-5:])
        except OSError:
            return "(không có nhật ký)"

    def default_sink(self) -> str:
        return self._pactl("get-default-sink").stdout.strip()

    def plug_microphone(self, name: str = "truyenthanh_usb", description: str = "USB_Micro") -> PluggedMicrophone:
        """A second microphone (a null sink remapped into a source), e.g. to unplug it mid-take."""
        modules: list[str] = []
        plugged = PluggedMicrophone(self, f"{name}_sink", name, modules)
        for args in (
            (
                "module-null-sink",
                f"sink_name={name}_sink",
                f"rate={RATE}",
                f"sink_properties=device.description={name}",
            ),
            (
                "module-remap-source",
                f"source_name={name}",
                f"master={name}_sink.monitor",
                "channels=1",
                f"source_properties=device.description={description}",
            ),
        ):
            done = self._pactl("load-module", *args)
            if done.returncode != 0:
                plugged.unplug()
                raise PulseUnavailable(f"pactl load-module {args[0]}: {done.stderr.strip()}")
            modules.append(done.stdout.strip())
        return plugged

    def speak_into_mic(self, audio: Path, sink: str = MIC_SINK) -> subprocess.Popen:
        """Plays `audio` (a WAV) into a microphone's sink (the default microphone unless told); the caller waits
        for the returned process."""
        return subprocess.Popen(
            [self.paplay, "-d", sink, str(audio)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=self.client_env(),
        )

    def record(self, sink: str = SINK) -> MonitorRecorder:
        """`with server.record() as rec: ...; recording = rec.stop()` (the on-air sink unless told)."""
        return MonitorRecorder(self, sink)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


_session: dict[str, object] = {}


def pytest_collection_modifyitems(session, config, items) -> None:
    """Start the server before the first test when any collected test wants it, so that no Qt object made
    by an earlier test has connected to the sound system before the server existed."""
    if any("pulse_sink" in getattr(item, "fixturenames", ()) for item in items):
        try:
            _start_session_server()
        except PulseUnavailable:
            pass  # remembered: every test that asks for the fixture fails with the reason


def _start_session_server() -> PulseServer:
    if "server" in _session:
        return _session["server"]  # type: ignore[return-value]
    if "error" in _session:
        raise PulseUnavailable(str(_session["error"]))
    folder = Path(tempfile.mkdtemp(prefix="truyenthanh-pulse-"))
    server = PulseServer(folder, extra_sinks=(PREVIEW_SINK,))
    try:
        server.start()
    except PulseUnavailable as exc:
        _session["error"] = exc
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _session["saved_env"] = {name: os.environ.get(name) for name in server.client_vars()}
    os.environ.update(server.client_vars())
    _session["server"] = server
    return server


def pytest_unconfigure(config) -> None:
    server = _session.pop("server", None)
    if server is None:
        return
    for name, value in _session.pop("saved_env", {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pulse_sink() -> PulseServer:
    """The running PulseServer; this process's PULSE_* variables point at it for the whole session."""
    try:
        return _start_session_server()
    except PulseUnavailable as exc:
        pytest.fail(f"PulseAudio null sink unavailable: {exc}", pytrace=False)
