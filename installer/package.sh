#!/usr/bin/env bash
# Builds a native, self-contained CRM Workbench with jlink and jpackage (JDK 17+): a trimmed Java runtime, the app,
# its libraries and only this platform's native libraries. No arguments open the window, arguments run the command line.
#
#   installer/package.sh                 app image in target/installer/ (Linux: crm-workbench/bin/crm-workbench)
#   installer/package.sh deb             Debian/Ubuntu package   (needs fakeroot and dpkg-deb: apt-get install fakeroot dpkg-dev)
#   installer/package.sh rpm             Fedora/RHEL/SUSE package (needs rpmbuild: apt-get install rpm, or dnf install rpm-build)
#   installer/package.sh dmg | pkg       macOS disk image or installer (on a Mac, with the Xcode command line tools)
#   installer/package.sh msi | exe       Windows installer (in Git Bash, with WiX 3 on the PATH; or installer/package.ps1)
#
# Packages are built for the platform the script runs on: jpackage cannot cross-build, and the runtime, JavaFX and
# the BLAS libraries of Smile are native code. Environment:
#   PACKAGE_NO_BUILD=1   reuse target/ as built (skips mvn package)
#   PACKAGE_VERBOSE=1    pass --verbose to jpackage
set -euo pipefail
type="${1:-app-image}"
case "$type" in
  app-image|deb|rpm|dmg|pkg|msi|exe) ;;
  -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
  *) echo "package.sh: unknown package type '$type' (app-image, deb, rpm, dmg, pkg, msi or exe)" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/installer"
cd "$root"
for tool in jdeps jlink jpackage jar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: $tool not found; it comes with a JDK 17 or later (not a JRE)" >&2; exit 1; }
done
missing_tool() { echo "package.sh: a $type package needs $1" >&2; exit 1; }
case "$type" in
  deb) command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
         || missing_tool "fakeroot and dpkg-deb (Debian/Ubuntu: apt-get install fakeroot dpkg-dev)" ;;
  rpm) command -v rpmbuild >/dev/null || missing_tool "rpmbuild (Debian/Ubuntu: apt-get install rpm; Fedora: dnf install rpm-build)" ;;
esac

# --- which platform: the native classifiers of its libraries --------------------------------------------------------
os="$(uname -s)"
arch="$(uname -m)"
case "$arch" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=arm64 ;; esac
case "$os" in
  Linux) platform=linux; fx_platform=linux ;;
  Darwin) platform=macosx; fx_platform=mac ;;
  MINGW*|MSYS*|CYGWIN*) platform=windows; fx_platform=win ;;
  *) echo "package.sh: unsupported system $os" >&2; exit 1 ;;
esac
[[ "$arch" == arm64 && "$platform" != windows ]] && fx_platform="$fx_platform-aarch64"
native="$platform-$arch"            # JavaCPP's name (Smile's OpenBLAS and ARPACK), e.g. linux-x86_64
sep=":"; [[ "$platform" == windows ]] && sep=";"

if [[ "${PACKAGE_NO_BUILD:-}" != 1 ]]; then
  mvn -q -B -DskipTests package
fi
[[ -f target/crm-workbench.jar && -d target/lib && -d target/fx ]] \
  || { echo "package.sh: no build in target/ (run mvn -B -DskipTests package)" >&2; exit 1; }
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)"

out="target/installer"
input="$out/input"
rm -rf "$out"
mkdir -p "$input/fx"

# --- the app and its libraries, without other platforms' native code -------------------------------------------------
# Smile depends on JavaCPP, OpenBLAS and ARPACK-NG jars for four platforms (about 55 MB for the other three):
# only the jars without a platform classifier and those for this platform are copied.
cp target/crm-workbench.jar "$input/"
kept=0
for jar in target/lib/*.jar; do
  name="$(basename "$jar")"
  if [[ "$name" =~ -(linux|macosx|windows|android|ios)-(x86_64|x86|arm64|armhf|ppc64le|riscv64)\.jar$ ]]; then
    [[ "$name" == *"-$native.jar" ]] || continue
    kept=$((kept + 1))
  fi
  cp "$jar" "$input/"
done
[[ $kept -gt 0 ]] || echo "package.sh: warning: no native jars for $native in target/lib (Smile falls back to Java code)" >&2
# JavaFX: Maven resolves the jars of the platform it runs on (the pom's javafx dependencies pick the classifier).
# The empty unclassified jars are left out; jars of another platform stop the build.
for jar in target/fx/javafx-*.jar; do
  name="$(basename "$jar")"
  [[ "$name" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] && continue
  [[ "$name" =~ ^javafx-[a-z]+-[0-9.]+-$fx_platform\.jar$ ]] \
    || { echo "package.sh: $jar is not JavaFX for $fx_platform; run mvn clean package on this platform" >&2; exit 1; }
  cp "$jar" "$input/fx/"
done

# --- the Java runtime: only the modules the app uses ------------------------------------------------------------------
# jdeps lists the JDK modules the app and its libraries refer to in their code; to those it cannot see are added:
#   the JDK modules JavaFX's own modules require (read from their module descriptors: java.desktop, java.xml, ...);
#   jdk.charsets      GB18030 and other non-Unicode encodings, looked up by name (Charset.forName) for CSV import;
#   jdk.localedata    Chinese number and date formats (only the en and zh locales are kept: --include-locales);
#   jdk.crypto.ec     not needed: the app opens no TLS connections; jdk.zipfs, jdk.jfr, java.rmi ...: not used.
echo "Finding the Java modules the app uses (jdeps)..." >&2
classpath="$(ls "$input"/*.jar | grep -v '/crm-workbench.jar$' | paste -sd "$sep" -)"
found="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$input/fx" --add-modules javafx.controls,javafx.fxml,javafx.swing \
  --class-path "$classpath" "$input/crm-workbench.jar")"
fx_needs="$(for jar in "$input"/fx/*.jar; do jar --describe-module --file "$jar"; done \
  | sed -n 's/^requires \([a-z.]*\)\( transitive\)*$/\1/p' | grep -v '^javafx\.' || true)"
modules="$( (echo "$found" | tr ',' '\n'; echo "$fx_needs"; printf '%s\n' jdk.charsets jdk.localedata) \
  | grep -v '^javafx\.' | grep -v '^$' | sort -u | paste -sd, -)"
echo "Runtime modules: $modules" >&2
jlink --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --compress=2 --strip-native-commands \
  --output "$out/runtime"

# --- the package ------------------------------------------------------------------------------------------------------
# The app's window title and menus say "CRM Workbench"; on Linux the launcher and package are named crm-workbench
# (no space in a command), with a desktop entry named CRM Workbench.
name="CRM Workbench"
[[ "$platform" == linux ]] && name="crm-workbench"
resources="$out/resources"
mkdir -p "$resources"
args=(
  --type "$type"
  --name "$name"
  --app-version "$version"
  --vendor "CRM Workbench"
  --copyright "GPL-3.0-or-later"
  --description "Offline CRM analytics workbench: segments, predictions, forecasts, recommendations"
  --input "$input"
  --main-jar crm-workbench.jar
  --main-class org.crmworkbench.Main
  --runtime-image "$out/runtime"
  --java-options "--module-path \$APPDIR/fx --add-modules javafx.controls,javafx.fxml,javafx.swing"
  --resource-dir "$resources"
  --dest "$out"
)
# The window's memory options (app/window-jvm.options, one option per line, # comments).
while read -r option; do
  [[ -z "$option" || "$option" == \#* ]] || args+=(--java-options "$option")
done < "$root/app/window-jvm.options"
case "$platform" in
  linux)
    args+=(--icon "$here/icon/crm-workbench.png")
    # jpackage's menu entry is replaced by installer/crm-workbench.desktop (its APPLICATION_* words are filled in).
    cp "$here/crm-workbench.desktop" "$resources/$name.desktop"
    # The deb's maintainer scripts install the menu entry and /usr/bin/crm-workbench without xdg-desktop-menu.
    [[ "$type" == deb ]] && cp "$here"/deb/postinst "$here"/deb/prerm "$here"/deb/postrm "$resources/"
    ;;
  macosx)
    # The .icns is made from the PNGs in installer/icon with macOS's iconutil.
    iconset="$out/crm-workbench.iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256 512; do
      cp "$here/icon/crm-workbench-$size.png" "$iconset/icon_${size}x${size}.png"
      double=$((size * 2))
      [[ -f "$here/icon/crm-workbench-$double.png" ]] && cp "$here/icon/crm-workbench-$double.png" "$iconset/icon_${size}x${size}@2x.png"
    done
    iconutil -c icns "$iconset" -o "$out/crm-workbench.icns"
    args+=(--icon "$out/crm-workbench.icns" --mac-package-identifier org.crmworkbench.workbench --mac-package-name "CRM Workbench")
    ;;
  windows)
    args+=(--icon "$here/icon/crm-workbench.ico")
    ;;
esac
if [[ "$type" != app-image ]]; then
  args+=(--license-file LICENSE)
fi
case "$type" in
  deb) args+=(--linux-package-name crm-workbench --linux-shortcut --linux-menu-group "Office" --linux-app-category misc
         --linux-deb-maintainer "crm-workbench@localhost" --linux-package-deps "libgtk-3-0") ;;
  rpm) args+=(--linux-package-name crm-workbench --linux-shortcut --linux-menu-group "Office"
         --linux-app-category "Applications/Office" --linux-rpm-license-type "GPLv3+" --linux-package-deps "gtk3") ;;
  msi|exe) args+=(--win-menu --win-menu-group "CRM Workbench" --win-shortcut --win-dir-chooser
         --win-upgrade-uuid 6f1d3c2a-6c1b-4d55-9a0e-2f4c9e1b7a31) ;;
esac
[[ "${PACKAGE_VERBOSE:-}" == 1 ]] && args+=(--verbose)
echo "Packaging ($type)..." >&2
jpackage "${args[@]}"
rm -rf "$input" "$out/runtime" "$resources" "$out/crm-workbench.iconset"
echo "Built $type in $out:"
ls -l "$out"
du -sh "$out"/* 2>/dev/null || true
