#!/usr/bin/env bash
# Build the Windows installer of Spitsregio Desktop: bundle, smoke test, size check, NSIS.
#
#   bash installer/build.sh OUTDIR
#
# 1. PyInstaller builds the one-folder bundle from installer/spitsregio.spec into
#    OUTDIR/pyinstaller/dist/Spitsregio (work files in OUTDIR/pyinstaller/build).
# 2. The bundled console executable runs `--version`, a command-line round (demo database,
#    list, export DOCX and PDF, check) and `selftest`, offscreen (QT_QPA_PLATFORM=offscreen).
# 3. The bundle must stay under MAX_BUNDLE_MB (250) unpacked.
# 4. installer/make_setup.sh runs makensis (64-bit target) on installer/spitsregio.nsi into
#    OUTDIR/Spitsregio-Desktop-<version>-setup.exe (needs NSIS with the amd64-unicode stubs:
#    Debian's and Ubuntu's nsis have them; the official Windows NSIS does not, so the Windows
#    workflow builds the bundle on Windows with SKIP_NSIS=1 and the installer on Ubuntu).
#
# The same script runs on Linux (bundle of Linux binaries: tests the recipe and the NSIS script)
# and in Git Bash on Windows (the CI workflow: the real installer). Needs: the package installed
# from the lock (`pip install --require-hashes --no-deps -r installer/requirements-windows.txt`
# and `pip install --no-deps .`; on Linux `pip install ".[installer]"`) and makensis.
# Environment: PYTHON (default python), MAX_BUNDLE_MB (default 250), SKIP_NSIS=1 (bundle only).
set -euo pipefail

die() { echo "build.sh: FOUT: $*" >&2; exit 1; }
step() { echo; echo "==> $*"; }

[ $# -eq 1 ] || die "gebruik: bash installer/build.sh OUTDIR"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
mkdir -p "$1"
OUTDIR="$(cd "$1" && pwd)"
PYTHON="${PYTHON:-python}"
MAX_BUNDLE_MB="${MAX_BUNDLE_MB:-250}"

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) EXE=".exe"; WINDOWS=1 ;;
  *) EXE=""; WINDOWS=0 ;;
esac
# makensis on Windows wants Windows paths
native() { if [ "$WINDOWS" = 1 ] && command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }

cd "$ROOT"
VERSION="$("$PYTHON" installer/project_info.py version)" || die "pyproject.toml: geen versie"
VERSION4="$("$PYTHON" installer/project_info.py version4)"
APP_NAME="$("$PYTHON" installer/project_info.py name)"
SETUP_NAME="Spitsregio-Desktop-${VERSION}-setup.exe"
echo "$APP_NAME $VERSION -> $OUTDIR/$SETUP_NAME"

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 \
  || die "PyInstaller ontbreekt: pip install \".[installer]\""
# The Windows build installs exactly the locked wheels (installer/requirements-windows.txt);
# a Linux build has its own wheels, so there the lock is only compared.
if [ "$WINDOWS" = 1 ]; then
  "$PYTHON" installer/windows_lock.py check \
    || die "geïnstalleerde versies wijken af van installer/requirements-windows.txt"
else
  "$PYTHON" installer/windows_lock.py check || echo "    (Linux: alleen ter vergelijking)"
fi
if [ "${SKIP_NSIS:-0}" != 1 ]; then
  command -v makensis >/dev/null \
    || die "makensis ontbreekt: apt-get install nsis (Linux) of choco install nsis (Windows)"
fi

# wall time of a command, printed (on stderr) after it; stops the build when the command fails
timed() {
  local label="$1"; shift
  local t0 t1
  t0="$(date +%s%N)"
  "$@" || die "$label faalde (exit $?): $*"
  t1="$(date +%s%N)"
  local ms=$(( (t1 - t0) / 1000000 ))
  echo "    [$label: $(( ms / 1000 )).$(printf '%03d' $(( ms % 1000 ))) s]" >&2
  REPORT+="$label: $(( ms / 1000 )).$(printf '%03d' $(( ms % 1000 ))) s"$'\n'
}
REPORT=""

# ---------------------------------------------------------------- 1. bundle
step "PyInstaller: bundel bouwen"
DIST="$OUTDIR/pyinstaller/dist"
WORK="$OUTDIR/pyinstaller/build"
timed "pyinstaller" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  installer/spitsregio.spec --distpath "$DIST" --workpath "$WORK"
BUNDLE="$DIST/Spitsregio"
CLI="$BUNDLE/spitsregio-cli$EXE"
[ -x "$CLI" ] || die "$CLI ontbreekt in de bundel"
[ -x "$BUNDLE/Spitsregio$EXE" ] || die "$BUNDLE/Spitsregio$EXE ontbreekt in de bundel"

# ---------------------------------------------------------------- 2. smoke test
step "Rooktest van de gebundelde executable (offscreen)"
export QT_QPA_PLATFORM=offscreen
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT

timed "--version" "$CLI" --version >"$SMOKE/version.raw"
tr -d '\r' <"$SMOKE/version.raw" >"$SMOKE/version.txt"  # Windows prints CRLF
cat "$SMOKE/version.txt"
grep -qx "spitsregio $VERSION" "$SMOKE/version.txt" \
  || die "--version zegt '$(cat "$SMOKE/version.txt")', pyproject.toml zegt $VERSION"

DB="$SMOKE/demo.sqlite"
timed "demo --years 1" "$CLI" demo --db "$(native "$DB")" --years 1
timed "list meetings" "$CLI" list meetings --db "$(native "$DB")" >"$SMOKE/list.txt"
head -n 3 "$SMOKE/list.txt"
MEETING="$(tr -d '\r' <"$SMOKE/list.txt" | awk 'NR == 2 {print $1}')"
[ -n "$MEETING" ] || die "list meetings gaf geen vergaderingen"
for fmt in docx pdf; do
  timed "export minutes $fmt" "$CLI" export "$MEETING" --db "$(native "$DB")" \
    --kind minutes --format "$fmt" --out "$(native "$SMOKE/minutes.$fmt")" >/dev/null
  [ -s "$SMOKE/minutes.$fmt" ] || die "export $fmt maakte geen bestand"
done
timed "check" "$CLI" check --db "$(native "$DB")"

if [ -f "$ROOT/spitsregio_desktop/ui/selftest.py" ]; then
  timed "selftest" "$CLI" selftest
else
  echo "    WAARSCHUWING: spitsregio_desktop/ui/selftest.py bestaat (nog) niet: selftest overgeslagen"
  REPORT+="selftest: not available"$'\n'
fi

# ---------------------------------------------------------------- 3. size
step "Grootte van de bundel"
du -sh "$BUNDLE"
SIZE_MB="$(du -sm "$BUNDLE" | cut -f1)"
REPORT+="bundle: ${SIZE_MB} MB unpacked ($BUNDLE)"$'\n'
[ "$SIZE_MB" -le "$MAX_BUNDLE_MB" ] \
  || die "de bundel is ${SIZE_MB} MB, meer dan het budget van ${MAX_BUNDLE_MB} MB"
echo "    ${SIZE_MB} MB <= ${MAX_BUNDLE_MB} MB"

# ---------------------------------------------------------------- 4. installer
if [ "${SKIP_NSIS:-0}" = 1 ]; then
  step "SKIP_NSIS=1: geen installatieprogramma"
else
  step "makensis: installatieprogramma (64-bit)"
  timed "makensis" env PYTHON="$PYTHON" bash installer/make_setup.sh "$BUNDLE" "$OUTDIR/$SETUP_NAME"
  ls -l "$OUTDIR/$SETUP_NAME"
  SETUP_MB="$(du -m "$OUTDIR/$SETUP_NAME" | cut -f1)"
  REPORT+="installer: ${SETUP_MB} MB ($OUTDIR/$SETUP_NAME)"$'\n'
fi

printf '%s' "$REPORT" >"$OUTDIR/build-report.txt"
step "Klaar"
cat "$OUTDIR/build-report.txt"
