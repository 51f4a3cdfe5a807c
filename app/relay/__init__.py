"""Relay (tiếp sóng): segments whose sound comes from a higher-level station (an internet stream or the PC's
line-in) for a set length, with a fallback while the source is down.

- `store`: the relay segments (their source, length and fallback), checked on the way in;
- `note`: what a relay airing's log row says about it (source, seconds relayed, seconds of fallback), inside
  the row's hashed note, and the one reading of it back for reports;
- `session`: what the playout engine opens for a relay on air (the feed, from audio/stream.py, with its
  fallback decoded).
"""
