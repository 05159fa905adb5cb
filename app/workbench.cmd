@echo off
rem CRM Workbench launcher for Windows.
rem   app\workbench               opens the window
rem   app\workbench COMMAND ...   runs the command line (app\workbench --help lists the commands)
rem Builds the project first when there is no build. WORKBENCH_JAVA_OPTS adds JVM options.
setlocal
set "ROOT=%~dp0.."
set "TARGET=%ROOT%\target"
if not exist "%TARGET%\crm-workbench.jar" goto build
if not exist "%TARGET%\lib" goto build
if not exist "%TARGET%\fx" goto build
goto run
:build
echo Building CRM Workbench... 1>&2
pushd "%ROOT%"
call mvn -q -B -DskipTests package 1>&2
set "RC=%ERRORLEVEL%"
popd
if not "%RC%"=="0" exit /b %RC%
:run
rem The optional Spark engine (mvn -B -Pspark -DskipTests package) joins the class path when it was built.
set "CP=%TARGET%\crm-workbench.jar;%TARGET%\lib\*"
set "SPARK_OPTS="
if exist "%TARGET%\crm-workbench-spark.jar" set "CP=%CP%;%TARGET%\crm-workbench-spark.jar;%TARGET%\spark-lib\*"
if exist "%TARGET%\crm-workbench-spark.jar" set SPARK_OPTS="@%ROOT%\app\spark-jvm.options"
set "WINDOW_OPTS="
if "%~1"=="" set WINDOW_OPTS="@%ROOT%\app\window-jvm.options"
java %WINDOW_OPTS% %SPARK_OPTS% %WORKBENCH_JAVA_OPTS% --module-path "%TARGET%\fx" --add-modules javafx.controls,javafx.fxml,javafx.swing -cp "%CP%" org.crmworkbench.Main %*
exit /b %ERRORLEVEL%
