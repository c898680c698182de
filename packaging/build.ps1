# Builds the Windows installer (.msi) with a Java runtime bundled by jlink (the user needs no Java).
# Needs a JDK 17+ (with jmods), Maven, and the WiX Toolset 3 on the PATH (jpackage uses it for .msi).
# Usage, from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Output: target\installer\Retrotread-<version>.msi
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$version = (Select-Xml -Path pom.xml -Namespace @{m='http://maven.apache.org/POM/4.0.0'} -XPath '/m:project/m:version').Node.InnerText
$work = 'target\packaging'
Remove-Item -Recurse -Force $work, 'target\installer' -ErrorAction SilentlyContinue
mvn -B -q -ntp -DskipTests package dependency:copy-dependencies -DincludeScope=runtime "-DoutputDirectory=$work\lib"
if ($LASTEXITCODE -ne 0) { throw 'maven failed' }

# JavaFX's platform jars are modules for the runtime; the other libraries stay on the class path.
New-Item -ItemType Directory -Force "$work\fx", "$work\input" | Out-Null
Move-Item "$work\lib\javafx-*-win.jar" "$work\fx\"
Remove-Item "$work\lib\javafx-*.jar"
Copy-Item "$work\lib\*.jar" "$work\input\"
Copy-Item "target\retrotread-$version.jar" "$work\input\retrotread.jar"
# SQLite's native library unpacked once (see build.sh): no copy into the temporary folder at every start.
$sqliteJar = (Get-Item "$work\lib\sqlite-jdbc-*.jar").FullName
New-Item -ItemType Directory -Force "$work\unpacked", "$work\input\native" | Out-Null
Push-Location "$work\unpacked"; jar xf $sqliteJar "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll"; Pop-Location
Move-Item "$work\unpacked\org\sqlite\native\Windows\x86_64\sqlitejdbc.dll" "$work\input\native\"

jlink --module-path "$work\fx" `
  --add-modules java.base,java.desktop,java.sql,java.logging,jdk.unsupported,jdk.localedata,javafx.controls `
  --include-locales=en,de --strip-debug --no-header-files --no-man-pages --generate-cds-archive `
  --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

jpackage '@packaging/jpackage.txt' '@packaging/windows/jpackage.txt' --type msi --app-version ($version -replace '-.*$', '') `
  --input "$work\input" --runtime-image "$work\runtime" --dest target\installer
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem target\installer
