; Inno Setup 6 script: installs dist\family-safety-planner\ (built by PyInstaller) for the
; current user, without administrator rights. Build steps: packaging\windows\README.md.
; The version comes from pyproject.toml, passed in: iscc /DAppVersion=0.1.0 family-safety-planner.iss

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z family-safety-planner.iss
#endif
#define AppName "Family Safety Planner"
#define AppExe "family-safety-planner.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the planner for upgrades and uninstalling: never change it.
AppId={{A4EA8B8D-CBA1-4369-8EFD-94E06BFBA56D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per-user by default (%LOCALAPPDATA%\Programs); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#if FileExists(AddBackslash(SourcePath) + Root + "\LICENSE")
LicenseFile={#Root}\LICENSE
#endif
SetupIconFile={#Root}\resources\icons\planner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=family-safety-planner-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\family-safety-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#if FileExists(AddBackslash(SourcePath) + Root + "\LICENSE")
Source: "{#Root}\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. Plans stay in %LOCALAPPDATA%\FamilySafetyPlanner (and
; wherever else they were saved): a family's plan must never vanish with the program.
