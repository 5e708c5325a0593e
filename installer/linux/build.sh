#!/bin/bash
# Build the Linux installer: a PyInstaller one-folder bundle wrapped as a .deb.
#
#     installer/linux/build.sh            -> dist/returndesk/ and dist/returndesk_<version>_<arch>.deb
#
# Needs Python 3.11+ built with a shared libpython (python3-dev's or pyenv's; PyInstaller
# says so if not) and dpkg-deb.  Build on the oldest distribution you ship to (Debian 12 here):
# the bundle carries Python and Qt but links the system's glibc of the build machine.
# The build venv (build/installer-venv) is kept between runs; RETURNDESK_FRESH_VENV=1 remakes it.
# DEB_COMPRESS=xz (default: the smallest .deb, 1.5-2.5 min on 2 cores) | zstd | gzip (quicker).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/installer/linux
PYTHON=${PYTHON:-python3}
VENV=$ROOT/build/installer-venv
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller

VERSION=$("$PYTHON" "$ROOT/installer/version.py")
DEB_VERSION=$("$PYTHON" "$ROOT/installer/version.py" --deb)
ARCH=$(dpkg --print-architecture)
T0=$(date +%s%N)
say() { printf '== %s\n' "$*"; }

if [[ ${RETURNDESK_FRESH_VENV:-0} == 1 ]]; then rm -rf "$VENV"; fi
if [[ ! -x $VENV/bin/pyinstaller ]]; then
    say "build venv $VENV"
    "$PYTHON" -m venv "$VENV"
fi
# The project with its run-time dependencies and pyinstaller (the 'build' extra).
"$VENV/bin/pip" install --quiet --disable-pip-version-check -e "$ROOT[build]"

say "PyInstaller bundle of returndesk $VERSION"
start=$(date +%s%N)
rm -rf "$DIST/returndesk"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
    "$ROOT/installer/returndesk.spec"
bundle_ms=$(( ($(date +%s%N) - start) / 1000000 ))
BUNDLE=$DIST/returndesk

# The smoke test of the bundle on this machine: it starts, and the files the code looks for
# relative to its modules are where it looks.
QT_QPA_PLATFORM=offscreen "$BUNDLE/returndesk" --help >/dev/null
for f in resources/fonts/NotoSansSC-Regular-GBK.ttf resources/translations/returndesk_zh_CN.qm \
         desktop/core/store/migrations/env.py PySide6/Qt/plugins/platforms/libqxcb.so \
         PySide6/Qt/plugins/platforms/libqoffscreen.so; do
    [[ -e $BUNDLE/_internal/$f ]] || { echo "build.sh: the bundle has no _internal/$f" >&2; exit 1; }
done

# The libc6 version in depends must cover the newest glibc symbol the bundle uses (a build on a
# newer distribution needs a newer glibc, and the .deb must not claim less).
glibc_needed=$(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | { xargs -0 readelf -V 2>/dev/null || true; } | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
glibc_declared=$(sed -n 's/^libc6 *(>= *\([0-9.]*\)).*/\1/p' "$HERE/depends")
if [[ $(printf '%s\n%s\n' "$glibc_needed" "$glibc_declared" | sort -V | tail -1) != "$glibc_declared" ]]; then
    echo "build.sh: the bundle needs glibc $glibc_needed but depends says libc6 (>= $glibc_declared)" >&2
    exit 1
fi
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$HERE/returndesk.desktop"; fi

say "Debian package $DEB_VERSION ($ARCH)"
start=$(date +%s%N)
STAGE=$ROOT/build/deb/returndesk_${DEB_VERSION}_$ARCH
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/returndesk"
cp -a "$BUNDLE" "$STAGE/opt/returndesk"
# A symlink: the bootloader finds _internal/ from the resolved /proc/self/exe.
ln -s /opt/returndesk/returndesk "$STAGE/usr/bin/returndesk"
install -m 644 "$HERE/returndesk.desktop" "$STAGE/usr/share/applications/returndesk.desktop"
install -m 644 "$ROOT/resources/icons/returndesk.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/"
install -m 644 "$ROOT/resources/icons/returndesk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
{
    echo "ReturnDesk $VERSION. Proprietary."
    echo
    echo "Bundled under /opt/returndesk: CPython, Qt 6 and PySide6 (LGPLv3), SQLAlchemy, Alembic,"
    echo "psycopg, reportlab, pypdfium2 (PDFium), argon2-cffi and their dependencies, each under"
    echo "its own licence. The Noto Sans SC font is under the SIL Open Font License:"
    echo
    cat "$ROOT/resources/fonts/OFL.txt"
} > "$STAGE/usr/share/doc/returndesk/copyright"
chmod -R u+rwX,go+rX,go-w "$STAGE"

DEPENDS=$("$PYTHON" "$HERE/depends.py")
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_KB/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$HERE/control.in" > "$STAGE/DEBIAN/control"

DEB=$DIST/returndesk_${DEB_VERSION}_$ARCH.deb
rm -f "$DIST"/returndesk_*.deb
dpkg-deb --root-owner-group "-Z${DEB_COMPRESS:-xz}" --build "$STAGE" "$DEB" >/dev/null
deb_ms=$(( ($(date +%s%N) - start) / 1000000 ))

say "figures"
secs() { awk "BEGIN {printf \"%.1f\", $1/1000}"; }
printf 'whole build.sh               %6s s  (venv and pip included)\n' "$(secs $(( ($(date +%s%N) - T0) / 1000000 )))"
printf 'bundle build (pyinstaller)   %6s s\n' "$(secs "$bundle_ms")"
printf '%-28s %6s s\n' ".deb packing (-Z${DEB_COMPRESS:-xz})" "$(secs "$deb_ms")"
printf 'bundle                       %6.1f MB  (%s files)\n' \
    "$(du -sk "$BUNDLE" | awk '{print $1/1024}')" "$(find "$BUNDLE" -type f | wc -l)"
printf '.deb                         %6.1f MB  %s\n' "$(stat -c %s "$DEB" | awk '{print $1/1048576}')" "$DEB"
printf 'installed size               %6.1f MB  (Installed-Size: %s KiB)\n' \
    "$(echo "$INSTALLED_KB" | awk '{print $1/1024}')" "$INSTALLED_KB"
echo "Depends: $DEPENDS"
echo "glibc: the bundle needs $glibc_needed, the .deb asks for libc6 (>= $glibc_declared)"
