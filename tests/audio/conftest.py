"""Fixtures for audio tests: the loopback Google stand-in wired into gTTS."""

from __future__ import annotations

import gtts.tts
import pytest

from tests.audio.google_standin import GoogleStandIn

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture
def google_standin(monkeypatch: pytest.MonkeyPatch):
    """A started GoogleStandIn; gTTS (and is_google_reachable) send their requests to it."""
    standin = GoogleStandIn().start()
    # gTTS builds its URL with the name it imported into gtts.tts.
    monkeypatch.setattr(gtts.tts, "_translate_url", standin.translate_url)
    # gTTS passes urllib's proxies explicitly, which skips no_proxy: a proxy would swallow loopback requests.
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    yield standin
    standin.stop()
