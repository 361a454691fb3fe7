# Build cbe-desktop for Windows: the one-folder bundle dist\cbe-desktop\ (PyInstaller), a
# quick check that it starts, then the installer dist\cbe-desktop-<version>-windows-x64-setup.exe
# (Inno Setup 6.3 or newer).
#
#     powershell -ExecutionPolicy Bypass -File installers\windows\build_windows.ps1
#
# Run it with the Python environment cbe-desktop is installed in active (or -Python path);
# PyInstaller is installed into it when missing. Inno Setup: `winget install JRSoftware.InnoSetup`
# (or https://jrsoftware.org); ISCC.exe is found on the PATH, in the usual install folders, or
# named with -Iscc. -SkipInstaller builds only the folder.
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

# Native programs are judged by their exit status. (With "Stop", Windows PowerShell 5.1
# turns a native program's redirected stderr, such as PyInstaller's log, into an error.)
function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    $Saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try { & $Exe @Arguments } finally { $ErrorActionPreference = $Saved }
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

function Test-Succeeds {
    param([string]$Exe, [string[]]$Arguments)
    $Saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try { & $Exe @Arguments *> $null } catch { return $false } finally { $ErrorActionPreference = $Saved }
    return ($LASTEXITCODE -eq 0)
}

if (-not $Python) {
    if ($env:VIRTUAL_ENV) { $Python = Join-Path $env:VIRTUAL_ENV "Scripts\python.exe" } else { $Python = "python" }
}
if (-not (Test-Succeeds $Python @("-c", "import cbe_desktop, PySide6"))) {
    throw "$Python cannot import cbe_desktop and PySide6; install the project first (pip install -e .)"
}

if (-not (Test-Succeeds $Python @("-m", "PyInstaller", "--version"))) {
    Write-Host "Installing PyInstaller into $Python"
    Invoke-Checked $Python @("-m", "pip", "install", "--quiet", "pyinstaller>=6.10,<7")
}

if (-not (Test-Succeeds $Python @("-c", "import sys; sys.exit(sys.version_info < (3, 12))"))) {
    Write-Warning "Release builds should use Python 3.12+ (see installers/README.md)."
}
$Version = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Write-Host "Building cbe-desktop $Version"

$Stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $Python @("-m", "PyInstaller", "installers\cbe-desktop.spec", "--noconfirm",
    "--log-level", "WARN", "--distpath", "dist", "--workpath", "build\pyinstaller")
$Bundle = Join-Path $Root "dist\cbe-desktop"
Write-Host "Bundle: $Bundle ($([int]$Stopwatch.Elapsed.TotalSeconds) s)"

# The console twin prints; the windowed cbe-desktop.exe has no console to print to.
$Cli = Join-Path $Bundle "cbe-desktop-cli.exe"
$Said = (& $Cli --version).Trim()
if ($Said -ne "cbe-desktop $Version") { throw "the built program says '$Said', not 'cbe-desktop $Version'" }
$env:QT_QPA_PLATFORM = "offscreen"
$Shot = Join-Path $Root "build\smoke-screenshot.png"
Invoke-Checked $Cli @("--demo", "--screenshot", $Shot)
Remove-Item Env:QT_QPA_PLATFORM
if ((Get-Item $Shot).Length -lt 20000) { throw "the screenshot of the built program is suspiciously small: $Shot" }
Write-Host "The built program starts and draws its window ($Shot)."

if ($SkipInstaller) { exit 0 }

if (-not $Iscc) {
    $Found = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
}
if (-not $Iscc) {
    foreach ($Candidate in @(
            (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"))) {
        if ($Candidate -and (Test-Path $Candidate)) { $Iscc = $Candidate; break }
    }
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: winget install JRSoftware.InnoSetup, or pass -Iscc" }

$Numeric = ($Version -replace '[^0-9.].*$', '').TrimEnd('.')
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppVersionNumeric=$Numeric",
    "/DBuildDir=$Bundle", "/DOutputDir=$(Join-Path $Root 'dist')",
    (Join-Path $Root "installers\windows\cbe-desktop.iss"))
$Setup = Join-Path $Root "dist\cbe-desktop-$Version-windows-x64-setup.exe"
Write-Host "Installer: $Setup ($([int]$Stopwatch.Elapsed.TotalSeconds) s in all)"
