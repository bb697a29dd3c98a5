#!/usr/bin/env bash
# Builds the self-contained install of Incident Atlas (issue 12): a jlink runtime with only the JDK and JavaFX
# modules the app needs, the app image made by jpackage (launcher bin/incident-atlas), a class-data sharing
# archive trained on the app, a .tar.gz of the image and a .deb. Maven runs it (pom.xml, execution
# "package-image"); by hand, after `./mvnw -q package -DskipTests`:
#   src/package/linux/build-image.sh PROJECT_DIR TARGET_DIR VERSION JAVA_HOME
# Output in TARGET_DIR/package/: image/incident-atlas/, incident-atlas-VERSION-linux-x64.tar.gz, incident-atlas_VERSION_amd64.deb.
# Needs a JDK 17+ with jmods (Debian: openjdk-17-jdk-headless), and for the .deb fakeroot, dpkg-deb and objcopy
# (binutils); missing Debian packages are installed when run as root. Nothing here uses the network.
set -euo pipefail
project=${1:?project dir}; target=${2:?target dir}; version=${3:?version}; jdk=${4:?java home}
[[ -x $jdk/bin/jlink ]] || jdk=$(dirname "$jdk")   # Maven's java.home may be a JRE inside the JDK
for tool in jlink jpackage jmod java; do
  [[ -x $jdk/bin/$tool ]] || { echo "error: $jdk/bin/$tool is missing: the package needs a full JDK 17+ (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }
done
[[ -d $jdk/jmods ]] || { echo "error: $jdk/jmods is missing: jlink needs the JDK's jmods (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }
source "$(dirname "$0")/need-packages.sh"
need_packages fakeroot:fakeroot dpkg-deb:dpkg objcopy:binutils zip:zip unzip:unzip

out=$target/package
work=$out/work
app_version=${version%%-*}          # jpackage wants numbers: 0.1.0-SNAPSHOT -> 0.1.0
rm -rf "$out/image" "$out/runtime" "$work" "$out"/*.deb "$out"/*.tar.gz
mkdir -p "$work/jmods" "$work/input" "$work/home"
started=$(date +%s)
step() { echo "package: $1 ($(( $(date +%s) - started )) s)"; }

# 1. JavaFX as jmods. The Maven jars are modular with the Linux natives at their top; jlinked as they are, the
#    natives would stay resources that JavaFX unpacks into ~/.openjfx/cache at every first start, i.e. loaded
#    from outside the image. As jmods, jlink puts them in the runtime's lib/ where the JVM finds them.
for jar in "$out"/deps/javafx-*-linux.jar; do
  module=$(basename "$jar" | sed -E 's/^javafx-([a-z]+)-.*/javafx.\1/')
  rm -rf "$work/fx"; mkdir -p "$work/fx/classes" "$work/fx/libs"
  (cd "$work/fx/classes" && "$jdk/bin/jar" xf "$jar")
  find "$work/fx/classes" -maxdepth 1 -name '*.so' -exec mv {} "$work/fx/libs/" \;
  rm -rf "$work/fx/classes/META-INF/MANIFEST.MF" "$work/fx/classes/javafx-swt.jar"   # SWT interop: not used
  libs=(); [[ -n $(ls "$work/fx/libs") ]] && libs=(--libs "$work/fx/libs")
  "$jdk/bin/jmod" create --class-path "$work/fx/classes" "${libs[@]}" --module-version "${version%%-*}" "$work/jmods/$module.jmod"
done

step jmods
# 2. The runtime: the modules jdeps names for the app and its libraries (docs/decisions/0110), and no more.
modules=java.base,java.desktop,java.logging,java.prefs,java.sql,jdk.unsupported,jdk.unsupported.desktop,javafx.base,javafx.graphics,javafx.controls,javafx.swing
"$jdk/bin/jlink" --module-path "$work/jmods" --add-modules "$modules" \
  --strip-debug --strip-native-debug-symbols=objcopy=$(command -v objcopy) --no-header-files --no-man-pages \
  --compress=2 --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"   # only for heaps over 32 GB; the archive is rebuilt below

step runtime
# 3. What goes beside the jars in lib/app: the bundled dataset and articles (BundledFiles finds them there),
#    the UCDP extract to import, the schema, and the licence with every attribution.
cp "$target"/incident-atlas-"$version".jar "$work/input/"
find "$out/deps" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/" \;
# sqlite-jdbc (the analyst's MBTiles basemap) carries its native library for 24 systems, 13 MB packed; this image
# is Linux x64 (glibc), so only org/sqlite/native/Linux/x86_64 stays (docs/decisions/0211).
sqlite=$(ls "$work"/input/sqlite-jdbc-*.jar)
zip -q -d "$sqlite" 'org/sqlite/native/Windows/*' 'org/sqlite/native/Mac/*' 'org/sqlite/native/FreeBSD/*' \
  'org/sqlite/native/Linux-Android/*' 'org/sqlite/native/Linux-Musl/*' 'org/sqlite/native/Linux/x86/*' \
  'org/sqlite/native/Linux/aarch64/*' 'org/sqlite/native/Linux/arm/*' 'org/sqlite/native/Linux/armv6/*' \
  'org/sqlite/native/Linux/armv7/*' 'org/sqlite/native/Linux/ppc64/*' 'org/sqlite/native/Linux/riscv64/*' >/dev/null
# unzip exits non-zero when the named entry is missing (no pipe into grep -q: under pipefail its early exit
# kills unzip with SIGPIPE and fails the build at random, as CI saw)
unzip -l "$sqlite" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' >/dev/null \
  || { echo "error: $sqlite lost its Linux x86_64 native library" >&2; exit 1; }
mkdir -p "$work/input/assets/basemap"
cp -r "$project/assets/data" "$project/assets/realdata" "$project/assets/schema" "$project/assets/icon" "$work/input/assets/"
cp "$project"/assets/basemap/*.md "$work/input/assets/basemap/"
cp "$project/LICENSE" "$project/README.md" "$work/input/"

# 4. The app image. Monocle (the snapshot command's headless platform) needs the same exports javafx:run gives
#    it (pom.xml); $APPDIR is expanded by the launcher to lib/app.
java_options=(
  --add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED
  '-Dincidentatlas.appDir=$APPDIR'
)
jopts=(); for o in "${java_options[@]}"; do jopts+=(--java-options "$o"); done
"$jdk/bin/jpackage" --type app-image --dest "$out/image" --name incident-atlas --app-version "$app_version" \
  --input "$work/input" --main-jar "incident-atlas-$version.jar" --main-class org.incidentatlas.Main \
  --runtime-image "$out/runtime" --icon "$project/assets/icon/incident-atlas.png" \
  --description "Offline map of security incidents, every point traceable to its source" \
  --vendor "Incident Atlas" --copyright "GPL-3.0-or-later" "${jopts[@]}"
image=$out/image/incident-atlas

step app-image
# 5. Class-data sharing, trained on the app: the JDK and JavaFX classes that a window start, a snapshot and a
#    validate load are archived into the runtime's default archive (lib/server/classes.jsa), so every start maps
#    them instead of parsing and verifying them. Only classes of the runtime image go in: JDK 17 ties archived
#    class-path classes to absolute jar paths, and the image is unpacked anywhere (docs/decisions/0111).
"$(dirname "$0")/train-cds.sh" "$image" "$work"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
  -XX:SharedArchiveFile="$image/lib/runtime/lib/server/classes.jsa" -Xlog:cds=error >"$work/cds-dump.log" 2>&1 \
  || { cat "$work/cds-dump.log"; echo "error: the class-data sharing archive could not be made" >&2; exit 1; }
"$image/bin/incident-atlas" help >/dev/null   # the archive maps (a broken one would only warn, so check below)
JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/incident-atlas" help >/dev/null 2>"$work/share-on.log" \
  || { cat "$work/share-on.log"; echo "error: the image does not start with its archive (-Xshare:on)" >&2; exit 1; }

step cds
# 6. The .tar.gz and the .deb (desktop entry, icon, licence as /opt/incident-atlas/share/doc/copyright; the
#    menu entry's scripts are ours, src/package/linux/deb/, docs/decisions/0110).
tar -C "$out/image" --owner=0 --group=0 -czf "$out/incident-atlas-$app_version-linux-x64.tar.gz" incident-atlas
step tar.gz
# dpkg-deb's default xz -6 is slow on the 100 MB image; -1 is a few MB larger (docs/BENCHMARKS.md)
export DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=1
"$jdk/bin/jpackage" --type deb --dest "$out" --app-image "$image" --name incident-atlas --app-version "$app_version" \
  --icon "$project/assets/icon/incident-atlas.png" --license-file "$project/LICENSE" \
  --description "Offline map of security incidents, every point traceable to its source" \
  --vendor "Incident Atlas" --copyright "GPL-3.0-or-later" \
  --linux-shortcut --linux-menu-group "Science;Geography;" --linux-app-category science \
  --linux-deb-maintainer "incident-atlas@localhost" --resource-dir "$(dirname "$0")/deb"

step deb
rm -rf "$work" "$out/runtime"
echo "package: $(du -sm "$image" | cut -f1) MB image, $(du -k "$out"/*.tar.gz | cut -f1) KB tar.gz, $(du -k "$out"/*.deb | cut -f1) KB deb, in $(( $(date +%s) - started )) s"
ls -l "$out"
