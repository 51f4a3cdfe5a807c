; The per-user Windows installer, built on Linux by tools/windows-build with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=... -DFONTS_DIR=... -DOUTFILE=... -DCOMPRESSOR=lzma installer.nsi
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs, shortcuts and the uninstall entry to the
; current user. The station's data (%LOCALAPPDATA%\truyenthanh) is never touched, not even by the uninstaller:
; the airtime log is evidence.
Unicode true
Target amd64-unicode  ; the x86 stub does not run under 64-bit-only Wine, and the app is 64-bit anyway
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!define APPNAME "Truyền Thanh Phường"
!define APPID "TruyenThanhPhuong"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define FONTS_KEY "Software\Microsoft\Windows NT\CurrentVersion\Fonts"

Name "${APPNAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APPNAME} ${VERSION}"

!include "MUI2.nsh"
!define MUI_FINISHPAGE_RUN "$INSTDIR\truyenthanh.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APPNAME}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

!macro FONT FILE NAME
  File "${FONTS_DIR}/${FILE}"
  WriteRegStr HKCU "${FONTS_KEY}" "${NAME} (TrueType)" "$LOCALAPPDATA\Microsoft\Windows\Fonts\${FILE}"
!macroend
!macro UNFONT FILE NAME
  Delete "$LOCALAPPDATA\Microsoft\Windows\Fonts\${FILE}"
  DeleteRegValue HKCU "${FONTS_KEY}" "${NAME} (TrueType)"
!macroend

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*"
  ; The printed report needs a Times-like serif with every Vietnamese letter: Windows has Times New Roman;
  ; Liberation Serif (its metric twin) goes in the user's own fonts, where the report looks too.
  SetOutPath "$LOCALAPPDATA\Microsoft\Windows\Fonts"
  !insertmacro FONT "LiberationSerif-Regular.ttf" "Liberation Serif"
  !insertmacro FONT "LiberationSerif-Bold.ttf" "Liberation Serif Bold"
  !insertmacro FONT "LiberationSerif-Italic.ttf" "Liberation Serif Italic"
  !insertmacro FONT "LiberationSerif-BoldItalic.ttf" "Liberation Serif Bold Italic"
  SetOutPath "$INSTDIR"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\truyenthanh.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\truyenthanh.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Đài truyền thanh phường"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\truyenthanh.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  !insertmacro UNFONT "LiberationSerif-Regular.ttf" "Liberation Serif"
  !insertmacro UNFONT "LiberationSerif-Bold.ttf" "Liberation Serif Bold"
  !insertmacro UNFONT "LiberationSerif-Italic.ttf" "Liberation Serif Italic"
  !insertmacro UNFONT "LiberationSerif-BoldItalic.ttf" "Liberation Serif Bold Italic"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Only a folder that holds our program is removed whole (never a folder the user pointed us at by mistake).
  IfFileExists "$INSTDIR\truyenthanh-cli.exe" 0 +2
    RMDir /r "$INSTDIR"
SectionEnd
