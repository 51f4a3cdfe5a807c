"""On-disk cache of synthesised speech, one file per (engine, voice, speed, text) unit.

Offline units are sentences (WAV). Google units are the chunks actually sent to Google (MP3), each made of whole
sentences; the synthesizer reuses any cached chunk that matches a run of sentences and re-chunks only the runs not
found, so editing one sentence re-requests only the chunk that held it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from audio.content_store import content_path, write_atomically

log = logging.getLogger(__name__)

# Bump when the stored audio for the same key would differ (format, processing).
FORMAT_VERSION = 1


class SpeechCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @staticmethod
    def key(engine: str, voice: str, speed: float, text: str) -> str:
        payload = json.dumps([FORMAT_VERSION, engine, voice, round(speed, 3), text], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def path(self, engine: str, key: str, ext: str) -> Path:
        return content_path(self.root / engine, key, f".{ext}")

    def get(self, engine: str, key: str, ext: str) -> bytes | None:
        try:
            data = self.path(engine, key, ext).read_bytes()
        except OSError:
            return None
        return data or None

    def has(self, engine: str, key: str, ext: str) -> bool:
        try:
            return self.path(engine, key, ext).stat().st_size > 0
        except OSError:
            return False

    def put(self, engine: str, key: str, ext: str, data: bytes) -> Path | None:
        """Atomic: a reader sees the old file, the new one, or none, never a half-written one.

        Best effort: a cache that cannot be written (disk full, read-only folder) only costs time later, so
        the error is logged and None returned instead of failing the synthesis.
        """
        target = self.path(engine, key, ext)
        try:
            write_atomically(target, [data])
        except OSError as error:
            log.warning("speech cache not written (%s): %s", target, error)
            return None
        return target
