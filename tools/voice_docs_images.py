"""Pictures of the operator's-voice dialogs for docs/ (15voice): Ghi âm giọng đọc after a real take, and the
live reading's prompter, each over the main window at 1366x768 (the dialog grabbed and drawn centred on the
window's grab, offscreen). The microphone is the tests' PulseAudio server (tests/pulse_sink.py) hearing
espeak-ng, so the meter and the take are real.

Usage: .venv/bin/python tools/voice_docs_images.py [OUT_DIR]   (default docs/)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.bulletins import create_bulletin  # noqa: E402
from app.station import Station  # noqa: E402
from tests.pulse_sink import PREVIEW_SINK, PulseServer  # noqa: E402
from tests.voice_fixtures import spoken_wav  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

SIZE = (1366, 768)
BODY = (
    "Kính thưa bà con nhân dân tổ dân phố số 3.\n\n"
    "Thực hiện kế hoạch của Ủy ban nhân dân phường, tối thứ Bảy ngày 22/3 tổ dân phố tổ chức họp tại nhà văn hóa "
    "để bàn việc tổng vệ sinh môi trường. Đề nghị mỗi hộ cử một người tham dự.\n\n"
    "Nội dung cuộc họp: phân công khu vực dọn vệ sinh, thu gom rác thải đúng giờ, phát quang bụi rậm, khơi thông "
    "cống rãnh và phun thuốc diệt muỗi phòng chống sốt xuất huyết.\n\n"
    "Xin trân trọng cảm ơn bà con đã lắng nghe."
)


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def over_window(window: QWidget, dialog: QWidget, path: Path) -> None:
    """The dialog drawn centred over the window's grab, as the operator sees it."""
    canvas = QPixmap(window.grab())
    shown = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))  # the window behind, dimmed a little
    painter.drawPixmap((canvas.width() - shown.width()) // 2, (canvas.height() - shown.height()) // 2, shown)
    painter.end()
    if not canvas.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print("saved", path)


def shoot_recorder(
    app: QApplication, pulse: PulseServer, station: Station, window: MainWindow, bulletin: int, out: Path
) -> None:
    from ui.voice_recorder_dialog import VoiceRecorderDialog

    dialog = VoiceRecorderDialog(
        station,
        bulletin_id=bulletin,
        bulletin_title="Họp tổ dân phố số 3",
        topic="Xây dựng nếp sống văn minh",
        parent=window,
    )
    dialog.show()
    dialog.record()
    wav, _ = spoken_wav()
    assert dialog.capture is not None
    while dialog.capture.seconds < 0.2:  # the operator reads once "Đang ghi" shows
        settle(app, 0.05)
    player = pulse.speak_into_mic(wav)
    settle(app, 2.2)  # mid-sentence: the meter shows the voice
    over_window(window, dialog, out / "voice-recorder.png")
    player.wait()
    settle(app, 1.0)
    dialog.stop()
    while dialog.candidate is None and dialog._task is not None:
        settle(app, 0.1)
    settle(app, 0.3)
    over_window(window, dialog, out / "voice-recorder-review.png")
    dialog.reject()


def shoot_prompter(app: QApplication, pulse: PulseServer, station: Station, window: MainWindow, out: Path) -> None:
    from ui.live_reading_dialog import PrompterDialog

    wav, _ = spoken_wav()
    window.show_page("on_air")
    settle(app, 0.3)
    prompter = PrompterDialog(station, title="Họp tổ dân phố số 3", text=BODY, parent=window)
    prompter.show()
    assert prompter.capture is not None
    while prompter.capture.seconds < 0.2:
        settle(app, 0.05)
    player = pulse.speak_into_mic(wav)
    settle(app, 1.8)
    over_window(window, prompter, out / "live-reading-prompter.png")
    player.wait()
    prompter.finish(None)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="truyenthanh-voice-docs-"))
    pulse = PulseServer(folder / "pulse", extra_sinks=(PREVIEW_SINK,)).start()
    os.environ.update(pulse.client_vars())
    app = QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    station = Station.open(folder / "truyenthanh.db")
    bulletin = create_bulletin(station.db, title="Họp tổ dân phố số 3", topic="Xây dựng nếp sống văn minh", body=BODY)
    window = MainWindow(station)
    window.resize(*SIZE)
    window.show()
    window.show_page("bulletins")
    window.bulletins_page.table.selectRow(0)
    settle(app, 0.5)

    shoot_recorder(app, pulse, station, window, bulletin, out)
    shoot_prompter(app, pulse, station, window, out)
    window.shutdown()
    station.close()
    pulse.stop()


if __name__ == "__main__":
    main()
