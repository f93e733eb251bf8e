@echo off
rem samen for Windows: runs samen.jar beside this file (an unpacked release) or target\samen.jar (a
rem checkout built with `mvn package`), with samen.home set to this folder so scenarios\ is found
rem from anywhere. Needs Java 17 or newer on PATH. SAMEN_JAVA_OPTS: JVM flags of your own, for every
rem command, after the launcher's.
setlocal
set "DIR=%~dp0"
if "%DIR:~-1%"=="\" set "DIR=%DIR:~0,-1%"
set "JAR=%DIR%\samen.jar"
if not exist "%JAR%" set "JAR=%DIR%\target\samen.jar"
if not exist "%JAR%" (
  echo samen: %DIR%\samen.jar not found; in a checkout, build it first with: mvn -DskipTests package 1>&2
  exit /b 1
)
where java >nul 2>nul
if errorlevel 1 (
  echo samen: java not found on PATH ^(samen needs Java 17 or newer^) 1>&2
  exit /b 1
)
rem The batch commands get the JVM flags the launcher `samen` gives them (docs\PERFORMANCE.md).
set "FLAGS="
if /i "%~1"=="sweep" set "FLAGS=-XX:+UseSerialGC -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000"
if /i "%~1"=="calibrate" set "FLAGS=-XX:+UseSerialGC -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000"
if /i "%~1"=="facts" set "FLAGS=-XX:+UseSerialGC -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000"
rem A collector of your own in SAMEN_JAVA_OPTS replaces the launcher's: the JVM refuses to start with two.
if defined FLAGS if defined SAMEN_JAVA_OPTS (
  echo %SAMEN_JAVA_OPTS%| findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "FLAGS=-XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000"
)
java %FLAGS% %SAMEN_JAVA_OPTS% -Dsamen.home="%DIR%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
