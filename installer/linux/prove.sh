#!/bin/bash
# Prove the .deb on a fresh minimal Debian 12: install it with apt (its Depends resolved from the
# Debian mirror), run the program, purge it, and print the figures.
#
#     sudo installer/linux/prove.sh [dist/returndesk_<version>_<arch>.deb]
#
# Root only (debootstrap, chroot, mounts).  The fresh root comes from a pristine minbase tarball
# cached in /var/cache/returndesk-prove (made by debootstrap on the first run, ~1 minute), unpacked
# into a temporary folder that is removed on exit.  Host tools it installs when missing:
# debootstrap, xvfb, xdotool, x11-utils (an X server outside the root, so that the root holds
# nothing but Debian 12 minbase, the .deb and its Depends), curl.
#
# In the root, with HOME a temporary folder:
#   ldd    every ELF file of the bundle finds all its libraries (the Depends are complete)
#   CLI    returndesk --help, demo, returns --json, print labels / return-authorisation (real PDFs
#          with the bundled Chinese font), db status, serve (when the subcommand exists)
#   GUI    offscreen for 10 s without a crash, then on the xcb platform against Xvfb: the time
#          from launch to the login window mapped, and its WM_CLASS (the desktop entry's
#          StartupWMClass)
#   purge  apt-get purge leaves nothing under /opt/returndesk, /usr/bin, /usr/share
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCH=$(dpkg --print-architecture)
DEB=${1:-}
if [[ -z $DEB ]]; then DEB=$(ls -t "$ROOT"/dist/returndesk_*_"$ARCH".deb 2>/dev/null | head -1); fi
[[ -f $DEB ]] || { echo "prove.sh: no .deb (run installer/linux/build.sh first)" >&2; exit 2; }
[[ $EUID == 0 ]] || { echo "prove.sh: run as root (debootstrap, chroot)" >&2; exit 2; }

SUITE=bookworm
CACHE=/var/cache/returndesk-prove
PRISTINE=$CACHE/$SUITE-minbase-$ARCH.tar.gz
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'prove.sh: FAILED: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { awk "BEGIN {printf \"%.2f\", $1/1000}"; }

# The Debian mirror this machine uses (deb822 .sources first, then one-line sources.list).
mirror() {
    local url
    url=$(awk '/^URIs:/ {u=$2} /^Suites:/ && / '"$SUITE"'( |$)/ {print u; exit}' \
        /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
    [[ -n $url ]] || url=$(awk '$1=="deb" && $3=="'"$SUITE"'" {print $2; exit}' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    echo "${url:-http://deb.debian.org/debian}"
}
MIRROR=$(mirror)

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xprop >/dev/null || need+=(x11-utils)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
    say "host tools: ${need[*]}"
    apt-get install -y -qq "${need[@]}" >/dev/null
fi

FRESH=$(mktemp -d /var/tmp/returndesk-prove.XXXXXX)
XVFB_PID=
mounted() { awk -v r="$FRESH" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r; }
cleanup() {
    local m
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
    # Stop anything the root still runs (a server, a GUI) before unmounting.
    for p in /proc/[0-9]*; do
        [[ $(readlink "$p/root" 2>/dev/null) == "$FRESH" ]] && kill -9 "${p#/proc/}" 2>/dev/null || true
    done
    for m in $(mounted); do umount "$m" 2>/dev/null || umount -l "$m" || true; done
    # Never remove the folder while anything is still mounted in it (a bound /dev, say).
    if [[ -z $(mounted) ]]; then rm -rf --one-file-system "$FRESH"; else
        echo "prove.sh: left $FRESH (still mounted: $(mounted | tr '\n' ' '))" >&2; fi
}
trap cleanup EXIT

say "fresh Debian 12 (minbase) root in $FRESH"
t=$(now_ms)
if [[ ! -f $PRISTINE ]]; then
    echo "first run: debootstrap --variant=minbase $SUITE from $MIRROR (cached as $PRISTINE)"
    mkdir -p "$CACHE"
    rm -rf "$CACHE/root.tmp"
    debootstrap --variant=minbase "$SUITE" "$CACHE/root.tmp" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { tail -20 "$CACHE/debootstrap.log"; fail "debootstrap (log: $CACHE/debootstrap.log)"; }
    tar -C "$CACHE/root.tmp" --numeric-owner -czf "$PRISTINE.tmp" . && mv "$PRISTINE.tmp" "$PRISTINE"
    rm -rf "$CACHE/root.tmp"
fi
tar -C "$FRESH" --numeric-owner -xzf "$PRISTINE"
root_ms=$(( $(now_ms) - t ))
echo "root ready in $(secs $root_ms) s ($(du -sh "$FRESH" | cut -f1))"

mount -t proc proc "$FRESH/proc"
mount -t sysfs sysfs "$FRESH/sys"
mount --bind /dev "$FRESH/dev"
# The X server runs outside the root; its socket folder is shown inside.
mkdir -p /tmp/.X11-unix "$FRESH/tmp/.X11-unix" && chmod 1777 /tmp/.X11-unix
mount --bind /tmp/.X11-unix "$FRESH/tmp/.X11-unix"
cp /etc/resolv.conf "$FRESH/etc/resolv.conf"

# Commands in the root: a clean environment, HOME and the runtime folder temporary.
HOME_IN=/tmp/home
mkdir -p "$FRESH$HOME_IN" "$FRESH/tmp/runtime" && chmod 700 "$FRESH/tmp/runtime"
inside() {
    chroot "$FRESH" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        HOME=$HOME_IN LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=offscreen \
        DEBIAN_FRONTEND=noninteractive "$@"
}
rd() { inside returndesk "$@"; }

say "apt-get install ./$(basename "$DEB") (Depends from $MIRROR)"
inside apt-get update -qq
before_kb=$(du -sk --one-file-system "$FRESH" | cut -f1)
cp "$DEB" "$FRESH/tmp/"
t=$(now_ms)
inside apt-get install -y --no-install-recommends "/tmp/$(basename "$DEB")" > "$FRESH/tmp/apt.log" 2>&1 \
    || { tail -20 "$FRESH/tmp/apt.log"; fail "apt-get install"; }
install_ms=$(( $(now_ms) - t ))
inside apt-get clean
rm -f "$FRESH/tmp/$(basename "$DEB")"
pulled=$(grep -c '^Setting up ' "$FRESH/tmp/apt.log" || true)
after_kb=$(du -sk --one-file-system "$FRESH" | cut -f1)
opt_kb=$(du -sk "$FRESH/opt/returndesk" | cut -f1)
echo "installed in $(secs $install_ms) s: $pulled packages set up (returndesk and its Depends closure)"
grep '^Setting up ' "$FRESH/tmp/apt.log" | sed 's/^Setting up \([^ ]*\).*/\1/' | paste -sd' ' | fold -s -w 100

say "ldd: every ELF file of the bundle finds its libraries"
# With the LD_LIBRARY_PATH the bootloader gives the program: the bundle's folder first.
inside find /opt/returndesk -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | inside env LD_LIBRARY_PATH=/opt/returndesk/_internal xargs -0 sh -c 'for f; do case $(head -c4 "$f" | od -An -c | tr -d " ") in
          177ELF) ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |";; esac; done' sh \
    | sort > "$FRESH/tmp/ldd-missing.txt" || true
elfs=$(inside find /opt/returndesk -type f -name '*.so*' | wc -l)
if [[ -s $FRESH/tmp/ldd-missing.txt ]]; then
    cat "$FRESH/tmp/ldd-missing.txt"
    missing=$(sed 's/.*: *\([^ ]*\) => not found/\1/' "$FRESH/tmp/ldd-missing.txt" | sort -u | paste -sd' ')
    fail "libraries not found in the fresh root (add their packages to installer/linux/depends): $missing"
fi
echo "all $elfs shared objects and the executable resolve (ldd)"

say "the command line"
t=$(now_ms); rd --help > /dev/null; help_ms=$(( $(now_ms) - t ))
t=$(now_ms); rd --help > /dev/null; help2_ms=$(( $(now_ms) - t ))
echo "returndesk --help: $(secs $help_ms) s first, $(secs $help2_ms) s again"
t=$(now_ms)
rd demo > "$FRESH/tmp/demo.out" 2> "$FRESH/tmp/demo.err" || { cat "$FRESH/tmp/demo.err"; fail "returndesk demo"; }
demo_ms=$(( $(now_ms) - t ))
echo "returndesk demo: $(secs $demo_ms) s ($(grep -c . "$FRESH/tmp/demo.out") lines; the database: $(
    inside find "$HOME_IN" -name '*.db' | head -1))"
rd db status
rd returns --json --as admin > "$FRESH/tmp/returns.json" || fail "returndesk returns --json --as admin"
NUMBER=$(python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
print(next(r["number"] for r in rows if r["state"] == "shipped"))' "$FRESH/tmp/returns.json") \
    || fail "no shipped request in the demo data (returns --json)"
echo "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$FRESH/tmp/returns.json") requests; printing $NUMBER (shipped)"
check_pdf() {  # a PDF, not empty, complete, with the bundled CJK font embedded
    local f=$FRESH$1
    [[ -s $f ]] || fail "$1 is missing or empty"
    [[ $(head -c5 "$f") == "%PDF-" ]] || fail "$1 is not a PDF"
    tail -c 64 "$f" | grep -q '%%EOF' || fail "$1 has no %%EOF"
    grep -aq NotoSansSC "$f" || fail "$1 does not embed NotoSansSC (resources/fonts not found?)"
    echo "$1: $(stat -c %s "$f") bytes, PDF $(head -c8 "$f" | cut -c6-), NotoSansSC embedded"
}
rd print labels "$NUMBER" -o /tmp/l.pdf > /dev/null && check_pdf /tmp/l.pdf
rd print return-authorisation "$NUMBER" -o /tmp/ra.pdf > /dev/null && check_pdf /tmp/ra.pdf

say "returndesk serve"
if rd serve --help > "$FRESH/tmp/serve-help.txt" 2>&1; then
    inside sh -c 'returndesk serve --database sqlite:////tmp/x.db --listen 127.0.0.1:8765 \
        > /tmp/serve.log 2>&1 & echo $!' > "$FRESH/tmp/serve.pid"
    health=
    for _ in $(seq 1 100); do
        health=$(curl -fsS --max-time 2 http://127.0.0.1:8765/health 2>/dev/null) && break
        sleep 0.2
    done
    kill "$(cat "$FRESH/tmp/serve.pid")" 2>/dev/null || true
    [[ -n $health ]] || { cat "$FRESH/tmp/serve.log"; fail "returndesk serve: no answer on /health"; }
    echo "GET /health: $health"
else
    echo "not in this build: $(tail -1 "$FRESH/tmp/serve-help.txt")"
fi

say "the GUI, offscreen, 10 s"
set +e
inside timeout 10 returndesk > "$FRESH/tmp/gui.out" 2> "$FRESH/tmp/gui.err"
code=$?
set -e
[[ $code == 124 ]] || { cat "$FRESH/tmp/gui.err"; fail "the GUI exited with $code within 10 s"; }
if grep -E -i 'traceback|fatal|error|could not' "$FRESH/tmp/gui.err"; then fail "the GUI complained"; fi
echo "still running after 10 s (timeout ended it); its stderr: $(paste -sd'|' "$FRESH/tmp/gui.err")"

say "the GUI on xcb (Xvfb outside the root): launch to the login window mapped"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3> "$FRESH/tmp/display" 2> "$FRESH/tmp/xvfb.err" &
XVFB_PID=$!
for _ in $(seq 1 50); do [[ -s $FRESH/tmp/display ]] && break; sleep 0.1; done
DISPLAY=:$(cat "$FRESH/tmp/display")
export DISPLAY
starts=()
for run in 1 2 3; do
    t=$(now_ms)
    chroot "$FRESH" /usr/bin/env -i PATH=/usr/bin:/bin HOME=$HOME_IN LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/runtime DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb \
        returndesk > /dev/null 2> "$FRESH/tmp/xcb.err" &
    gui=$!
    win=
    for _ in $(seq 1 600); do
        win=$(xdotool search --onlyvisible --name 'ReturnDesk' 2>/dev/null | head -1) && [[ -n $win ]] && break
        kill -0 "$gui" 2>/dev/null || break
        sleep 0.02
    done
    ms=$(( $(now_ms) - t ))
    [[ -n $win ]] || { cat "$FRESH/tmp/xcb.err"; echo "-- Xvfb:"; tail -5 "$FRESH/tmp/xvfb.err"
                       ls -la /tmp/.X11-unix "$FRESH/tmp/.X11-unix"; fail "no ReturnDesk window on $DISPLAY (run $run)"; }
    starts+=("$(secs $ms)")
    if [[ $run == 1 ]]; then
        echo "window: $(xdotool getwindowname "$win"); $(xprop -id "$win" WM_CLASS)"
    fi
    sleep 1
    kill "$gui" 2>/dev/null; wait "$gui" 2>/dev/null || true
done
grep -E -i 'traceback|fatal' "$FRESH/tmp/xcb.err" && fail "the GUI on xcb complained"
echo "launch to window mapped: ${starts[*]} s (runs 1-3)"

say "apt-get purge returndesk"
inside apt-get purge -y returndesk > "$FRESH/tmp/purge.log" 2>&1 || { cat "$FRESH/tmp/purge.log"; fail "purge"; }
grep -i 'warning' "$FRESH/tmp/purge.log" || true
left=$(cd "$FRESH" && ls -d opt/returndesk usr/bin/returndesk usr/share/applications/returndesk.desktop \
    usr/share/icons/hicolor/*/apps/returndesk.* usr/share/doc/returndesk 2>/dev/null || true)
[[ -z $left ]] || fail "the purge left: $left"
echo "nothing left under /opt/returndesk, /usr/bin/returndesk, /usr/share/{applications,icons,doc}"
echo "the user's own files stay, as they should: $(inside find "$HOME_IN" -type f | paste -sd' ')"
echo "the Depends stay until 'apt-get autoremove': $(inside apt-get -s autoremove | grep -c '^Remv') packages"

say "figures"
printf '%-44s %s\n' ".deb" "$(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)" \
    "fresh root (pristine unpack)" "$(secs $root_ms) s" \
    "apt-get install (with $pulled packages)" "$(secs $install_ms) s" \
    "installed: /opt/returndesk" "$((opt_kb / 1024)) MB" \
    "installed: root grew by (with Depends)" "$(((after_kb - before_kb) / 1024)) MB" \
    "returndesk --help" "$(secs $help_ms) s first, $(secs $help2_ms) s again" \
    "returndesk demo" "$(secs $demo_ms) s" \
    "GUI launch to login window (xcb, Xvfb)" "${starts[*]} s"
echo "prove.sh: PASSED"
