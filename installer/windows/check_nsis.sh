#!/bin/bash
# What can be checked of the Windows installer on Linux: that returndesk.nsi compiles with
# Debian's makensis against a stand-in of the PyInstaller folder, with the version passed the way
# the workflow passes it, and (with 7z, which reads NSIS installers) that the payload is inside.
# It proves neither the bundle nor the installer on Windows: .github/workflows/windows-installer.yml
# does that on a windows-latest runner.
#
#     installer/windows/check_nsis.sh          (apt-get install nsis p7zip-full)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v makensis >/dev/null || { echo "check_nsis.sh: needs makensis (apt-get install nsis)" >&2; exit 2; }
VERSION=$(python3 "$ROOT/installer/version.py")
VERSION4=$(python3 "$ROOT/installer/version.py" --windows)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The stand-in: the two executables the spec makes on Windows and a file in _internal/.
PAYLOAD=$WORK/returndesk
mkdir -p "$PAYLOAD/_internal/resources/fonts"
printf 'MZ stand-in for returndesk.exe\n' > "$PAYLOAD/returndesk.exe"
printf 'MZ stand-in for returndesk-gui.exe\n' > "$PAYLOAD/returndesk-gui.exe"
printf 'stand-in\n' > "$PAYLOAD/_internal/base_library.zip"
cp "$ROOT/resources/fonts/OFL.txt" "$PAYLOAD/_internal/resources/fonts/"

OUT=$WORK/ReturnDesk-$VERSION-setup.exe
makensis -V2 -WX -DVERSION="$VERSION" -DVERSION4="$VERSION4" -DPAYLOAD="$PAYLOAD" -DOUTFILE="$OUT" \
    "$ROOT/installer/windows/returndesk.nsi"
[[ $(head -c2 "$OUT") == MZ ]] || { echo "check_nsis.sh: $OUT is not a Windows executable" >&2; exit 1; }
echo "compiled: $(basename "$OUT"), $(stat -c %s "$OUT") bytes (version $VERSION, $VERSION4)"

# Without a version the script must refuse to compile rather than make a versionless installer.
if makensis -V1 -DPAYLOAD="$PAYLOAD" -DOUTFILE="$WORK/none.exe" "$ROOT/installer/windows/returndesk.nsi" \
        > "$WORK/noversion.log" 2>&1; then
    echo "check_nsis.sh: compiled without /DVERSION" >&2; exit 1
fi
echo "refuses to compile without /DVERSION: $(grep -o 'pass /DVERSION=[^"]*' "$WORK/noversion.log" | head -1)"

if command -v 7z >/dev/null; then
    7z l "$OUT" > "$WORK/list.txt"
    for f in returndesk.exe returndesk-gui.exe _internal/base_library.zip; do
        grep -q "${f//\//.}\$" "$WORK/list.txt" || { cat "$WORK/list.txt"; echo "check_nsis.sh: $f not in the installer" >&2; exit 1; }
    done
    echo "payload inside (7z l): returndesk.exe, returndesk-gui.exe, _internal/…"
else
    echo "(no 7z: the payload listing was not checked; apt-get install p7zip-full)"
fi
echo "check_nsis.sh: OK"
