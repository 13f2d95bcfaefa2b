; Spitsregio Desktop: Windows installer (NSIS 3, Modern UI 2, Dutch).
;
; Per user, without administrator rights: installs into
; %LOCALAPPDATA%\Programs\Spitsregio Desktop and writes the registry under HKCU only.
; The user's data (database, backups, attachments) lives elsewhere, in
; %LOCALAPPDATA%\Spitsregio\SpitsregioDesktop (platformdirs), and this script never
; touches it: install, upgrade and uninstall remove only the program files listed below.
;
; Built by installer/build.sh (and the Windows CI workflow):
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 "-DAPP_NAME=Spitsregio Desktop"
;            -DBUNDLE_DIR=<dist>\Spitsregio -DOUTFILE=<out>\Spitsregio-Desktop-0.1.0-setup.exe
;            installer/spitsregio.nsi
; VERSION and APP_NAME come from pyproject.toml (installer/project_info.py).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is missing: makensis -DVERSION=x.y.z (installer/build.sh passes it)"
!endif
!ifndef VERSION4
  !error "VERSION4 is missing: makensis -DVERSION4=x.y.z.0"
!endif
!ifndef APP_NAME
  !error "APP_NAME is missing: makensis -DAPP_NAME=..."
!endif
!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR is missing: the PyInstaller one-folder bundle (dist\Spitsregio)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Spitsregio-Desktop-${VERSION}-setup.exe"
!endif

; Stable identifiers: changing one breaks upgrading earlier installs in place.
!define PUBLISHER "Spitsregio"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SpitsregioDesktop"
!define GUI_EXE "Spitsregio.exe"
!define CLI_EXE "spitsregio-cli.exe"
!define UNINSTALLER "uninstall.exe"
; Shown to the user only; never used in a file operation.
!define DATA_DIR_TEXT "%LOCALAPPDATA%\Spitsregio\SpitsregioDesktop"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

Var OldVersion

; ---------------------------------------------------------------- pages

!define MUI_ICON "${BUNDLE_DIR}\_internal\resources\icon.ico"
!define MUI_UNICON "${BUNDLE_DIR}\_internal\resources\icon.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TITLE "Welkom bij de installatie van ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Dit programma installeert ${APP_NAME} voor uw eigen \
gebruikersaccount. U hebt daarvoor geen beheerdersrechten nodig.$\r$\n$\r$\n\
Hebt u ${APP_NAME} al? Dan wordt het bijgewerkt. Uw vergaderingen, verslagen en \
reservekopieën blijven bewaard in ${DATA_DIR_TEXT}.$\r$\n$\r$\n\
Sluit ${APP_NAME} voordat u verdergaat.$\r$\n$\r$\nKlik op Volgende om verder te gaan."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "${APP_NAME} nu starten"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP_NAME} wordt van deze computer verwijderd. \
Uw gegevens (database, reservekopieën en bijlagen in ${DATA_DIR_TEXT}) blijven bewaard."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Dutch"

LangString MsgRunning ${LANG_DUTCH} "${APP_NAME} is nog geopend.$\r$\n$\r$\n\
Sluit alle vensters van ${APP_NAME} (wat u typte is al bewaard) en klik op Opnieuw.$\r$\n\
Klik op Annuleren om te stoppen: er wordt dan niets gewijzigd."
LangString MsgBadDir ${LANG_DUTCH} "Kies een andere map: deze map hoort bij uw gegevens."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "Installatie van ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${PUBLISHER}"

; ---------------------------------------------------------------- helpers

; The program files of any version, and nothing else: both executables and _internal\.
; Never a recursive delete of $INSTDIR itself, never anything under the data folder.
!macro RemoveProgramFiles
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
!macroend

; A running Spitsregio.exe or spitsregio-cli.exe cannot be opened for writing: ask the user
; to close it (Retry) or stop (Cancel) before any file is changed.
!macro DefineCheckNotRunning prefix
  Function ${prefix}CheckNotRunning
    check:
    StrCpy $R1 ""
    ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
      ClearErrors
      FileOpen $R0 "$INSTDIR\${GUI_EXE}" a
      ${If} ${Errors}
        StrCpy $R1 "running"
      ${Else}
        FileClose $R0
      ${EndIf}
    ${EndIf}
    ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
      ClearErrors
      FileOpen $R0 "$INSTDIR\${CLI_EXE}" a
      ${If} ${Errors}
        StrCpy $R1 "running"
      ${Else}
        FileClose $R0
      ${EndIf}
    ${EndIf}
    ${If} $R1 == "running"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY check
      Abort
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro DefineCheckNotRunning ""
!insertmacro DefineCheckNotRunning "un."

; The program folder must not be the data folder or lie inside it.
Function .onVerifyInstDir
  StrCpy $R2 "$LOCALAPPDATA\Spitsregio"
  StrLen $R3 $R2
  StrCpy $R4 "$INSTDIR" $R3
  StrCpy $R5 "$INSTDIR" 1 $R3
  ${If} $R4 == $R2
  ${AndIf} $R5 == ""
    Abort
  ${EndIf}
  ${If} $R4 == $R2
  ${AndIf} $R5 == "\"
    Abort
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- install

Section "!${APP_NAME} (programma)" SecMain
  SectionIn RO
  SetShellVarContext current
  Call CheckNotRunning
  ${If} $OldVersion != ""
    DetailPrint "Vorige versie $OldVersion wordt vervangen; uw gegevens blijven bewaard."
    !insertmacro RemoveProgramFiles
  ${EndIf}
  Delete "$DESKTOP\${APP_NAME}.lnk"  ; made again below when that section is chosen

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" \
    "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "Vergadersecretariaat"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Snelkoppeling op het bureaublad" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

; after the sections: it needs their indices
Function .onInit
  SetShellVarContext current
  ReadRegStr $OldVersion HKCU "${UNINST_KEY}" "DisplayVersion"
  ; upgrade: keep the user's earlier choice about the desktop shortcut
  ${If} $OldVersion != ""
  ${AndIfNot} ${FileExists} "$DESKTOP\${APP_NAME}.lnk"
    SectionSetFlags ${SecDesktop} 0
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------- uninstall

Section "Uninstall"
  SetShellVarContext current
  Call un.CheckNotRunning
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; only when empty: files the user put there stay
  DeleteRegKey HKCU "${UNINST_KEY}"
  DetailPrint "Uw gegevens in ${DATA_DIR_TEXT} zijn bewaard."
SectionEnd
