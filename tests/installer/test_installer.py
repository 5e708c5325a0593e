"""The installers' inputs, checked without building anything (no PyInstaller, no debootstrap):
the one version, the .deb's control template, and the Depends against the Qt libraries that
pip installed here.  installer/linux/prove.sh is the real proof of the .deb."""

from __future__ import annotations

import importlib.util
import platform
import struct
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
GLIBC = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
         "libresolv.so.2", "ld-linux-x86-64.so.2"}


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version = _load(INSTALLER / "version.py")
depends = _load(INSTALLER / "linux" / "depends.py")


def test_the_version_is_pyprojects():
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert version.version() == tomllib.load(f)["project"]["version"]


@pytest.mark.parametrize(("pep440", "deb", "windows"), [
    ("0.1.0", "0.1.0", "0.1.0.0"),
    ("1.2", "1.2", "1.2.0.0"),
    ("2.0.0rc1", "2.0.0~rc1", "2.0.0.0"),
    ("2.0.0.dev3", "2.0.0~dev3", "2.0.0.0"),
])
def test_the_version_for_debian_and_windows(pep440, deb, windows):
    assert version.deb_version(pep440) == deb
    assert version.windows_version(pep440) == windows


def test_a_version_the_installers_cannot_spell_is_refused():
    with pytest.raises(ValueError, match=r"teach installer/version\.py"):
        version.deb_version("1.0.post1+local")


def test_the_control_template_has_every_field_build_sh_fills():
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    build = (INSTALLER / "linux" / "build.sh").read_text(encoding="utf-8")
    for placeholder in ("@VERSION@", "@ARCH@", "@INSTALLED_SIZE@", "@DEPENDS@"):
        assert placeholder in control
        assert f"s/{placeholder}/" in build
    assert "Package: returndesk\n" in control


def test_the_depends_name_what_qt_needs_from_the_system():
    listed = [dependency.split()[0] for dependency, _ in depends.read()]
    for package in ("libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libglib2.0-0",
                    "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"):
        assert package in listed
    assert len(listed) == len(set(listed))


def _needed(path: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file (what `readelf -d` lists as NEEDED)."""
    data = path.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", f"{path} is not a 64-bit little-endian ELF file"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strings = sections[dynamic[6]][4]  # sh_link -> .dynstr, its sh_offset
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strings + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


@pytest.mark.skipif(not (sys.platform.startswith("linux") and platform.machine() == "x86_64"),
                    reason="the .deb is built for Linux x86_64")
def test_every_system_library_the_bundled_qt_needs_is_a_depends():
    """A PySide6 upgrade whose xcb plugin links one more system library fails here, not on a
    clerk's PC (the spec leaves out of the bundle what the depends file lists)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {p.name: p for p in (qt / "lib").glob("*.so*")}
    # What the bundle takes: the platform, GL-integration and print plugins, the Qt libraries
    # they and our bindings load, and each image-format plugin whose Qt libraries are here.
    plugins = [p for folder in ("platforms", "xcbglintegrations", "printsupport", "imageformats")
               for p in (qt / "plugins" / folder).glob("*.so")]
    todo = [p for p in plugins
            if all(n in shipped for n in _needed(p) if n.startswith("libQt6"))]
    todo += [shipped[f"libQt6{m}.so.6"] for m in ("Core", "Gui", "Widgets", "PrintSupport", "Svg")]
    assert any(f.name == "libqxcb.so" for f in todo)
    files: dict[str, Path] = {}
    while todo:
        f = todo.pop()
        if f.name not in files:
            files[f.name] = f
            todo += [shipped[n] for n in _needed(f) if n in shipped]
    from_system = depends.sonames()
    missing = {f"{soname} (needed by {name})"
               for name, f in files.items() for soname in _needed(f)
               if soname not in shipped and soname not in GLIBC and soname not in from_system}
    assert not missing, "add to installer/linux/depends: " + ", ".join(sorted(missing))
