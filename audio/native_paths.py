"""Paths handed to C libraries that open files with plain `char *` names (espeak-ng's data folder).

On Windows such a library opens files through the ANSI code page (cp1252 on most PCs): a folder under
"C:\\Users\\Nguyễn Văn An" cannot be spelled in it, and espeak-ng would silently look for its data in the
folder it was built in. The 8.3 short form of an existing path is plain ASCII and names the same folder.
"""

from __future__ import annotations

import os
import sys


def c_library_path(path: str) -> bytes:
    """`path` as bytes a C library's fopen() opens: UTF-8 elsewhere; on Windows the ANSI spelling when the
    code page can hold it, else the ASCII short form."""
    if sys.platform != "win32":
        return os.fsencode(path)
    try:
        return path.encode("mbcs", "strict")
    except UnicodeEncodeError:
        pass
    short = _short_path(path)
    try:
        return short.encode("mbcs", "strict")
    except UnicodeEncodeError:
        # No short names on this volume (they can be switched off): the library will say it cannot start.
        return os.fsencode(path)


def _short_path(path: str) -> str:
    import ctypes

    get_short = ctypes.windll.kernel32.GetShortPathNameW  # type: ignore[attr-defined]
    size = get_short(path, None, 0)
    if size <= 0:
        return path
    buffer = ctypes.create_unicode_buffer(size)
    return buffer.value if get_short(path, buffer, size) > 0 else path
