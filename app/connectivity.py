"""Whether Google's voice can be reached right now (for the status bar and the `auto` engine)."""

from __future__ import annotations


def google_voice_reachable(timeout: float = 2.0) -> bool:
    from audio.google_voice import is_google_reachable

    return is_google_reachable(timeout=timeout)
