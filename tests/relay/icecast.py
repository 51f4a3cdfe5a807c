"""A real Icecast server on loopback for the relay tests, fed by ffmpeg as its source client.

`IcecastServer(folder).start()` writes a minimal icecast.xml (a free port, its own log folder; as root it
changes to nobody, since Icecast refuses to run as root), starts `icecast2 -c` and waits until its port
answers. `server.feed(mount, frequency)` starts an ffmpeg source client sending a sine tone as MP3 in real
time; killing that process is a real source drop (Icecast closes the mount and its listeners).
It fails loudly when icecast2 is missing: a relay test that cannot stream must not pass as skipped.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

PASSWORD = "relay-test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class IcecastServer:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.sources: list[subprocess.Popen] = []

    def url(self, mount: str) -> str:
        return f"http://127.0.0.1:{self.port}/{mount}"

    def start(self) -> IcecastServer:
        binary = shutil.which("icecast2") or shutil.which("icecast")
        if binary is None:
            raise RuntimeError("Thiếu icecast2: cài gói icecast2 (tools/setup-env --test).")
        logs = self.folder / "log"
        logs.mkdir(parents=True, exist_ok=True)
        owner = ""
        if os.getuid() == 0:  # nobody must reach its log folder through the test's private folders
            for parent in [self.folder, *self.folder.parents]:
                if parent == Path(parent.anchor):
                    break
                os.chmod(parent, os.stat(parent).st_mode | 0o711)
            shutil.chown(logs, "nobody", "nogroup")
            owner = "<changeowner><user>nobody</user><group>nogroup</group></changeowner>"
        config = self.folder / "icecast.xml"
        config.write_text(
            f"""<icecast>
  <limits><clients>20</clients><sources>5</sources><source-timeout>3</source-timeout>
    <burst-size>16384</burst-size></limits>
  <authentication><source-password>{PASSWORD}</source-password>
    <admin-user>admin</admin-user><admin-password>{PASSWORD}</admin-password></authentication>
  <hostname>127.0.0.1</hostname>
  <listen-socket><port>{self.port}</port><bind-address>127.0.0.1</bind-address></listen-socket>
  <paths><basedir>/usr/share/icecast2</basedir><logdir>{logs}</logdir>
    <webroot>/usr/share/icecast2/web</webroot><adminroot>/usr/share/icecast2/admin</adminroot></paths>
  <logging><accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>2</loglevel></logging>
  <security><chroot>0</chroot>{owner}</security>
</icecast>
""",
            encoding="utf-8",
        )
        self.process = subprocess.Popen([binary, "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"icecast2 dừng ngay: {self.process.stderr.read().decode(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("icecast2 không mở cổng sau 10 giây") from None
                time.sleep(0.05)

    def feed(self, mount: str, frequency: int) -> subprocess.Popen:
        """An ffmpeg source client: a sine tone at `frequency` Hz, MP3, in real time. Returns when listeners
        can hear it (the mount answers)."""
        process = subprocess.Popen(
            [
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-re",
                "-f",
                "lavfi",
                "-i",
                f"sine=frequency={frequency}:sample_rate=44100",
                "-af",
                "volume=0.5",
                "-ac",
                "2",
                "-c:a",
                "libmp3lame",
                "-b:a",
                "128k",
                "-content_type",
                "audio/mpeg",
                "-f",
                "mp3",
                f"icecast://source:{PASSWORD}@127.0.0.1:{self.port}/{mount}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.sources.append(process)
        deadline = time.monotonic() + 10
        while not self.mount_is_live(mount):
            if process.poll() is not None:
                raise RuntimeError(f"ffmpeg không đẩy được luồng: {process.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                raise RuntimeError("luồng Icecast không sẵn sàng sau 10 giây")
            time.sleep(0.1)
        return process

    def mount_is_live(self, mount: str) -> bool:
        try:
            with urllib.request.urlopen(self.url(mount), timeout=1) as response:
                return response.status == 200 and bool(response.read(1))
        except OSError:
            return False

    def stop(self) -> None:
        for process in [*self.sources, self.process]:
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
