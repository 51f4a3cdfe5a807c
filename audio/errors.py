class AudioError(Exception):
    """Root of every error raised by audio/; messages are one Vietnamese line."""
