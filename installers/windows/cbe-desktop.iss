; Inno Setup script of cbe-desktop (Inno Setup 6.3 or newer).
;
; installers\windows\build_windows.ps1 runs PyInstaller, then compiles this with
;     ISCC /DAppVersion=<version from pyproject.toml> /DBuildDir=<dist\cbe-desktop> cbe-desktop.iss
;
; Saved as UTF-8 with a byte-order mark, so that ISCC reads the Spanish messages right.
;
; The setup installs the one-folder build for the current user (no administrator needed:
; %LOCALAPPDATA%\Programs\cbe-desktop), or for everyone when run as administrator or with
; /ALLUSERS. It adds a Start-menu entry, optionally a desktop icon, and opens .cbesync
; sync files in cbe-desktop. The uninstaller removes the program and keeps the teacher's
; data (%LOCALAPPDATA%\cbe-desktop) unless the teacher answers Yes to "Also delete my
; data?" (the default button is No; a silent uninstall always keeps it). Uninstalling an
; install for everyone deletes no one's data: the one uninstalling (often IT, in another
; account) is not the teacher whose gradebook it is, and {localappdata} would be their own
; folder, not the teachers'. It lists the data folders it finds, one per Windows account,
; and says that each is kept and how to delete it.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BuildDir
  #define BuildDir "..\..\dist\cbe-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "cbe-desktop"
#define AppExe "cbe-desktop.exe"
#define AppCliExe "cbe-desktop-cli.exe"
#define ProgId "CbeDesktop.SyncFile"
#define SyncExt ".cbesync"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{C818D9C2-CF3D-4B5C-AB4B-F641C4DB785E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
#ifdef AppVersionNumeric
VersionInfoVersion={#AppVersionNumeric}
#endif
AppPublisher=cbe-desktop developers
AppComments=Offline gradebook for teachers who teach by competency
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default; an administrator may choose to install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=cbe-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\cbe-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.SyncFileType=cbe-desktop sync file
spanish.SyncFileType=Archivo de sincronización de cbe-desktop
english.DeleteDataQuestion=Also delete my data?%n%nYour classes, evidence, photos of student work and automatic backups are in:%n%1%n%nChoose No to keep them (recommended): installing cbe-desktop again finds them as they were. Backups you saved elsewhere are never touched.
spanish.DeleteDataQuestion=¿Borrar también mis datos?%n%nSus clases, evidencias, fotos de trabajos de estudiantes y copias de seguridad automáticas están en:%n%1%n%nElija No para conservarlos (recomendado): si vuelve a instalar cbe-desktop, los encontrará tal como estaban. Las copias de seguridad guardadas en otro lugar nunca se tocan.
english.EveryonesDataKept=cbe-desktop is removed for everyone on this computer. Each teacher's classes, evidence, photos of student work and automatic backups are kept in their own Windows account, in AppData\Local\cbe-desktop:%n%n%1%n%nNothing there was deleted. To delete a teacher's data, delete that folder (signed in as that teacher, or as an administrator); installing cbe-desktop again finds it as it was.
spanish.EveryonesDataKept=cbe-desktop se ha eliminado para todos en este equipo. Las clases, evidencias, fotos de trabajos de estudiantes y copias de seguridad automáticas de cada docente se conservan en su propia cuenta de Windows, en AppData\Local\cbe-desktop:%n%n%1%n%nNo se ha borrado nada de eso. Para borrar los datos de un docente, borre esa carpeta (con la sesión de ese docente o de un administrador); si vuelve a instalar cbe-desktop, los encontrará tal como estaban.
english.NoDataFolderFound=(no account on this computer has any)
spanish.NoDataFolderFound=(ninguna cuenta de este equipo tiene datos)
english.DeleteDataFailed=Some of your data in %1 could not be deleted (is cbe-desktop still open?). Delete that folder yourself if you want it gone.
spanish.DeleteDataFailed=Parte de sus datos en %1 no se pudo borrar (¿sigue abierto cbe-desktop?). Borre esa carpeta usted mismo si quiere eliminarla.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version (an old
; migration, a library) is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Competency-based gradebook"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .cbesync file association. HKA is HKCU\Software\Classes for a per-user install
; (the default) and HKLM\Software\Classes for an install for everyone.
Root: HKA; Subkey: "Software\Classes\{#SyncExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#SyncExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cbesync"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#SyncExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:SyncFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#SyncExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have written into its own folder; never the data folder (see [Code]).
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
const
  ProfileList = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList';

var
  DeleteData: Boolean;

{ The teacher's data folder: where cbe-desktop keeps its database, photos, backups and
  logs by default (platformdirs' user data folder; see core/store.py). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\cbe-desktop');
end;

{ The demo class the welcome screen offers lives beside it (app.demo_sandbox_dir). }
function DemoDir(): String;
begin
  Result := ExpandConstant('{localappdata}\cbe-desktop-demo-sandbox');
end;

{ An install for everyone: the data folder of cbe-desktop in each Windows account of this
  computer that has one (<profile>\AppData\Local\cbe-desktop), one a line. People's
  accounts are S-1-5-21-... (local and domain) and S-1-12-1-... (Microsoft Entra ID). }
function TeachersDataDirs(): String;
var
  Sids: TArrayOfString;
  I: Integer;
  Profile, Dir: String;
begin
  Result := '';
  if RegGetSubkeyNames(HKLM, ProfileList, Sids) then
    for I := 0 to GetArrayLength(Sids) - 1 do
      if ((Pos('S-1-5-21-', Sids[I]) = 1) or (Pos('S-1-12-1-', Sids[I]) = 1)) and
        RegQueryStringValue(HKLM, ProfileList + '\' + Sids[I], 'ProfileImagePath', Profile) then
      begin
        StringChangeEx(Profile, '%SystemDrive%', ExpandConstant('{%SystemDrive|C:}'), True);
        Dir := AddBackslash(Profile) + 'AppData\Local\cbe-desktop';
        if DirExists(Dir) then
          Result := Result + Dir + #13#10;
      end;
  if Result = '' then
    Result := CustomMessage('NoDataFolderFound');
end;

function InitializeUninstall(): Boolean;
begin
  DeleteData := False;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { A silent uninstall asks nothing and never deletes data. }
  if UninstallSilent() then
    Exit;
  if IsAdminInstallMode() then
  begin
    { For everyone: never delete; say where each teacher's data is kept. }
    if CurUninstallStep = usPostUninstall then
      MsgBox(FmtMessage(CustomMessage('EveryonesDataKept'), [TeachersDataDirs()]),
        mbInformation, MB_OK);
  end
  else if CurUninstallStep = usUninstall then
  begin
    { Keep the data unless the teacher says otherwise. }
    DeleteData := False;
    if DirExists(DataDir()) then
      DeleteData := MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  end
  else if (CurUninstallStep = usPostUninstall) and DeleteData then
  begin
    DelTree(DemoDir(), True, True, True);
    if not DelTree(DataDir(), True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataDir()]), mbError, MB_OK);
  end;
end;
