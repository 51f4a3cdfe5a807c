"""An import killed after its commit point is finished by the window, a chunk per turn of the event loop."""

from app.log import airings
from app.log.importer import append_steps, pending_imports, preview_import
from tests.log_files import cached_paper_log


def test_the_window_finishes_an_interrupted_import(qtbot, station, monkeypatch):
    from app.log import importer
    from ui.main_window import MainWindow

    preview = preview_import(station.db, cached_paper_log(20_000))
    monkeypatch.setattr(importer, "append_batch", lambda db, batch_id, progress=None: next(append_steps(db, batch_id)))
    importer.apply_import(station.db, preview)  # the commit point and one chunk, then "killed"
    [pending] = pending_imports(station.db)
    assert 0 < pending.rows_done < 20_000
    monkeypatch.undo()

    window = MainWindow(station)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not pending_imports(station.db), timeout=60_000)
        assert station.db.execute("SELECT count(*) FROM airings WHERE source = 'imported'").fetchone()[0] == 20_000
        assert airings.verify_chain(station.db).intact
        qtbot.waitUntil(lambda: "bị dừng giữa chừng" in window.page("log").status_label.text(), timeout=5_000)
    finally:
        window.shutdown()
