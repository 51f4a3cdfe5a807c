"""The installer's own promises, checked after the smoke test ran the installed program (this file runs
last): shortcuts, the per-user uninstall entry and fonts, no administrator rights, and an uninstaller that
removes the program but never the station's data. Collected only when testing the installer."""

from __future__ import annotations

from tests.windows.wine.conftest import INSTALL_DIR

APP_NAME = "Truyền Thanh Phường"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TruyenThanhPhuong"
FONTS_KEY = r"HKCU\Software\Microsoft\Windows NT\CurrentVersion\Fonts"


def _start_menu(app):
    return app.prefix.user_dir / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs" / f"{APP_NAME}.lnk"


def _desktop(app):
    return app.prefix.user_dir / "Desktop" / f"{APP_NAME}.lnk"


def _user_fonts(app):
    return app.prefix.user_dir / "AppData/Local/Microsoft/Windows/Fonts"


def test_installed_per_user_with_shortcuts_entry_and_fonts(app):
    assert app.install_dir.name == INSTALL_DIR
    assert (app.install_dir / "truyenthanh-cli.exe").is_file() and (app.install_dir / "uninstall.exe").is_file()
    assert not list(app.install_dir.rglob("icuuc.dll")), "the test-only ICU stub must never ship"
    for link in (_start_menu(app), _desktop(app)):
        assert link.is_file(), link
        assert b"truyenthanh.exe" in link.read_bytes().replace(b"\x00", b"")
    entry = app.prefix.reg_query(UNINSTALL_KEY)
    assert APP_NAME in entry and "uninstall.exe" in entry and "/S" in entry
    assert {p.name for p in _user_fonts(app).glob("LiberationSerif-*.ttf")} >= {"LiberationSerif-Regular.ttf"}
    assert "Liberation Serif (TrueType)" in app.prefix.reg_query(FONTS_KEY)


def test_uninstaller_removes_the_program_and_keeps_the_data(app):
    assert app.database.is_file()
    done = app.prefix.run([app.windows_path(app.install_dir / "uninstall.exe"), "/S"], timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    app.prefix.wait()  # NSIS's uninstaller re-runs itself from a temporary copy and returns at once
    assert not app.install_dir.exists(), list(app.install_dir.rglob("*"))[:10]
    assert not _start_menu(app).exists() and not _desktop(app).exists()
    assert "TruyenThanhPhuong" not in app.prefix.reg_query(UNINSTALL_KEY)
    assert not list(_user_fonts(app).glob("LiberationSerif-*.ttf"))
    assert app.database.is_file(), "the station's data (the airtime log is evidence) must survive an uninstall"
