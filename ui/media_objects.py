"""QMediaPlayer and QAudioOutput created by Qt itself (through a QML component), never by Python.

Why: an object constructed from Python is a PySide wrapper whose virtual methods ask Python whether they
are overridden, which needs the GIL. Qt's ffmpeg backend tears its audio renderer down on the renderer's
own thread, and Qt then calls disconnectNotify() on the player and output the renderer listened to. With
wrappers that call waits for the GIL, which the GUI thread holds while it waits in stop() for that very
thread: the window froze (reproduced by stopping a preview while it played). Objects Qt creates have no
Python overrides, so nothing on the renderer's thread ever needs the GIL.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtQml import QQmlComponent, QQmlEngine

_PLAYER_QML = b"import QtMultimedia\nMediaPlayer { audioOutput: AudioOutput {} }\n"
_engine: QQmlEngine | None = None
_component: QQmlComponent | None = None


def create_player(parent: QObject) -> tuple[QMediaPlayer, QAudioOutput]:
    """A player with its audio output, owned by `parent` (deleted with it). Call on the GUI thread."""
    global _engine, _component
    if _component is None:
        _engine = QQmlEngine()
        _component = QQmlComponent(_engine)
        _component.setData(_PLAYER_QML, QUrl())
    created = _component.create()
    if created is None:
        raise RuntimeError(f"QtMultimedia QML module unavailable: {_component.errorString()}")
    player = cast(QMediaPlayer, created)  # QML's MediaPlayer is a QMediaPlayer
    QQmlEngine.setObjectOwnership(player, QQmlEngine.ObjectOwnership.CppOwnership)
    player.setParent(parent)
    output = player.audioOutput()
    QQmlEngine.setObjectOwnership(output, QQmlEngine.ObjectOwnership.CppOwnership)
    return player, output
