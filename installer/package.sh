#!/usr/bin/env bash
# Builds a native, self-contained CRM Workbench with jpackage (JDK 17+): a Java runtime, the app and its libraries.
#   installer/package.sh                 app image in target/installer/CRM Workbench/ (run bin/CRM Workbench)
#   installer/package.sh deb|rpm|msi|dmg  an installer of that type, where the platform's tools are present
# The image runs the same launcher as app/workbench: no arguments open the window, arguments run the command line.
set -euo pipefail
type="${1:-app-image}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)"
input="target/installer/input"
rm -rf target/installer
mkdir -p "$input/fx"
cp target/crm-workbench.jar target/lib/*.jar "$input/"
cp target/fx/*.jar "$input/fx/"
args=(
  --type "$type"
  --name "CRM Workbench"
  --app-version "$version"
  --vendor "CRM Workbench"
  --description "Offline CRM analytics workbench"
  --input "$input"
  --main-jar crm-workbench.jar
  --main-class org.crmworkbench.Main
  --java-options "--module-path \$APPDIR/fx --add-modules javafx.controls,javafx.fxml,javafx.swing"
  --dest target/installer
)
if [[ "$type" != "app-image" ]]; then
  args+=(--license-file LICENSE)
fi
if [[ "$type" == "deb" ]]; then
  args+=(--linux-shortcut --linux-menu-group Office --linux-app-category misc)
fi
jpackage "${args[@]}"
echo "Built $type in target/installer"
