class AudioError(Exception):
    """Root of every error raised by audio/; messages are one Vietnamese line."""


class NormalizerError(AudioError):
    """Text normaliser misuse: an unknown dialect, an unreadable number, a bad pronunciation entry."""
