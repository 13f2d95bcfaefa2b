#!/usr/bin/env bash
# The 64-bit Windows installer from a PyInstaller bundle: makensis with installer/spitsregio.nsi.
#
#   bash installer/make_setup.sh BUNDLE_DIR OUTFILE.exe
#
# -XTarget amd64-unicode: the installer is a 64-bit program like the one it installs (the
# default x86 stub would need 32-bit Windows support; under Wine, the 32-bit wine32). Used by
# installer/build.sh, the Wine stage (installer/wine/stage.sh) and the Windows workflow, whose
# installer job runs on Linux: Debian's and Ubuntu's nsis carry the amd64-unicode stubs, the
# official Windows build of NSIS does not. Environment: PYTHON (default python3).
set -euo pipefail

[ $# -eq 2 ] || { echo "gebruik: bash installer/make_setup.sh BUNDLE_DIR OUTFILE.exe" >&2; exit 2; }
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
BUNDLE="$1"
OUTFILE="$2"
[ -f "$BUNDLE/Spitsregio.exe" ] || { echo "make_setup.sh: $BUNDLE/Spitsregio.exe ontbreekt" >&2; exit 1; }
command -v makensis >/dev/null || { echo "make_setup.sh: makensis ontbreekt (apt-get install nsis)" >&2; exit 1; }

# makensis on Windows (Git Bash) wants Windows paths
native() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }

VERSION="$("$PYTHON" "$HERE/project_info.py" version)"
VERSION4="$("$PYTHON" "$HERE/project_info.py" version4)"
APP_NAME="$("$PYTHON" "$HERE/project_info.py" name)"
mkdir -p "$(dirname "$OUTFILE")"
rm -f "$OUTFILE"
makensis -V2 -INPUTCHARSET UTF8 -XTarget\ amd64-unicode \
    "-DVERSION=$VERSION" "-DVERSION4=$VERSION4" "-DAPP_NAME=$APP_NAME" \
    "-DBUNDLE_DIR=$(native "$BUNDLE")" "-DOUTFILE=$(native "$OUTFILE")" \
    "$(native "$HERE/spitsregio.nsi")"
[ -s "$OUTFILE" ] || { echo "make_setup.sh: makensis maakte $OUTFILE niet" >&2; exit 1; }
# a PE32+ (64-bit) executable: the "PE\0\0" header's machine field is 0x8664
"$PYTHON" - "$OUTFILE" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(4096)
pe = struct.unpack_from("<I", data, 0x3C)[0]
machine = struct.unpack_from("<H", data, pe + 4)[0]
sys.exit(0 if data[pe:pe + 4] == b"PE\0\0" and machine == 0x8664 else f"not a 64-bit PE: {machine:#x}")
PY
echo "$OUTFILE: $(du -m "$OUTFILE" | cut -f1) MB, 64-bit"
