#!/usr/bin/env bash
# Tests the packaged app as an analyst's offline machine would run it (issue 12): the .tar.gz unpacked in an
# empty folder, every run with an empty environment (env -i), an empty HOME, a PATH with no java on it, and no
# network (a network namespace of its own: unshare -n). It runs every command, validates the bundled dataset
# and a broken one (exit codes, messages), draws a snapshot PNG, starts the window under Xvfb until "map ready",
# and fails if any run loads a class from outside the image, or opens a jar, a JDK or JavaFX file, or a data
# file outside the image and the test's own folder (the JVM's class log and strace of every open).
# Maven runs it after build-image.sh (pom.xml, execution "test-image"); by hand:
#   src/package/linux/test-image.sh target/package .
set -euo pipefail
pkg=$(cd "${1:?package dir}" && pwd); project=$(cd "${2:?project dir}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/need-packages.sh"
need_packages strace:strace Xvfb:xvfb xauth:xauth unshare:util-linux dpkg-deb:dpkg
need_library libgtk-3.so.0 libgtk-3-0
tgz=$(ls "$pkg"/incident-atlas-*-linux-x64.tar.gz); deb=$(ls "$pkg"/incident-atlas_*_amd64.deb)

# outside the source tree and target/, so that a read of either shows up as outside
t=$(mktemp -d /tmp/incident-atlas-test.XXXXXX)
xvfb=; app=
cleanup() {
  [[ -n $app ]] && kill -- -"$app" 2>/dev/null
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  if [[ -n ${KEEP_TEST_DIR:-} ]]; then echo "kept $t"; else rm -rf "$t"; fi
}
trap cleanup EXIT
mkdir -p "$t/machine" "$t/home" "$t/bin" "$t/work"
tar -C "$t/machine" -xzf "$tgz"
image=$t/machine/incident-atlas
launcher=$image/bin/incident-atlas
bundled=$image/lib/app/assets/data/incident-atlas.json
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

netns=(unshare -n); [[ $(id -u) -eq 0 ]] || netns=(unshare -r -n)
# offline NAME [VAR=VALUE...] -- ARGS...: runs the launcher as the analyst's machine does; stdout and stderr
# in $t/work/NAME.out and .err, its classes in NAME.classes, its opened files in NAME.strace; returns its exit code.
offline() {
  local name=$1; shift; local vars=()
  while [[ $1 != -- ]]; do vars+=("$1"); shift; done; shift
  (cd "$t/work" && "${netns[@]}" env -i HOME="$t/home" XDG_CACHE_HOME="$t/home/.cache" PATH="$t/bin" LANG=C.UTF-8 "${vars[@]}" \
    JAVA_TOOL_OPTIONS="-Duser.home=$t/home -Xshare:on -Xlog:class+load=info:file=$t/work/$name.classes" \
    /usr/bin/strace -f -qq -e trace=open,openat,execve -e status=successful -o "$t/work/$name.strace" \
    "$launcher" "$@" >"$t/work/$name.out" 2>"$t/work/$name.err")
}

# the sandbox itself: no java on its PATH, no network but loopback
if env -i PATH="$t/bin" /bin/sh -c 'command -v java' >/dev/null; then fail "java is on the test's PATH"; fi
links=$("${netns[@]}" awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/self/net/dev | tr '\n' ' ')
[[ $links == "lo " ]] && pass "no network in the namespace (links: $links)" || fail "the namespace has network links: $links"

# validate: the bundled dataset is clean; a truncated copy is refused with where and what to do
if offline validate -- validate "$bundled" && grep -q '0 error(s)' "$t/work/validate.out"; then
  pass "validate bundled: exit 0, $(tail -1 "$t/work/validate.out")"
else fail "validate of the bundled dataset: $(cat "$t/work/validate.out" "$t/work/validate.err")"; fi
head -30 "$bundled" >"$t/work/broken.json"
set +e; offline broken -- validate "$t/work/broken.json"; rc=$?; set -e
if [[ $rc -eq 1 ]] && grep -q 'broken.json:31:1.*truncated' "$t/work/broken.err" "$t/work/broken.out"; then
  pass "validate broken: exit 1, $(grep -h 'broken.json:31' "$t/work/broken.err" "$t/work/broken.out" | cut -c1-90)..."
else fail "validate of a truncated dataset: exit $rc, $(cat "$t/work/broken.out" "$t/work/broken.err")"; fi

# snapshot: a PNG of the requested size
if offline snapshot -- snapshot --dataset "$bundled" --out "$t/work/briefing.png" --width 1200 --height 800 \
   && [[ $(od -An -tx1 -N8 "$t/work/briefing.png" | tr -d ' \n') == 89504e470d0a1a0a ]] \
   && [[ $(od -An -tu1 -j16 -N8 "$t/work/briefing.png" | awk '{print $3*256+$4 "x" $7*256+$8}') == 1200x800 ]]; then
  pass "snapshot: $(cat "$t/work/snapshot.out")"
else fail "snapshot: $(cat "$t/work/snapshot.out" "$t/work/snapshot.err")"; fi

# the other commands, each with its own check of what it wrote
ucdp=$image/lib/app/assets/realdata/ucdp_ged191_iraq.csv
offline import -- import --from ucdp "$ucdp" --out "$t/work/ucdp.json" \
  && offline validate-import -- validate "$t/work/ucdp.json" && grep -q '7,473 incidents' "$t/work/validate-import.out" \
  && pass "import: $(tail -1 "$t/work/validate-import.out")" || fail "import: $(cat "$t/work"/{import,validate-import}.{out,err})"
offline export -- export-csv --dataset "$bundled" --out "$t/work/rows.csv" \
  && [[ $(head -1 "$t/work/rows.csv") == id,date_start,* ]] && [[ $(wc -l <"$t/work/rows.csv") -ge 2 ]] \
  && pass "export-csv: $(wc -l <"$t/work/rows.csv") lines" || fail "export-csv: $(cat "$t/work"/export.{out,err})"
offline generate -- generate --incidents 200 --seed 3 --out "$t/work/gen.json" \
  && offline validate-gen -- validate "$t/work/gen.json" && grep -q '200 incidents' "$t/work/validate-gen.out" \
  && pass "generate: $(tail -1 "$t/work/validate-gen.out")" || fail "generate: $(cat "$t/work"/{generate,validate-gen}.{out,err})"
offline sources -- sources "$bundled" --out "$t/work/sources.md" && grep -q '^#' "$t/work/sources.md" \
  && pass "sources: $(wc -l <"$t/work/sources.md") lines" || fail "sources: $(cat "$t/work"/sources.out "$t/work"/sources.err)"
offline help -- help && grep -q 'validate' "$t/work/help.out" && pass "help" || fail "help: $(cat "$t/work"/help.{out,err})"
set +e; offline unknown -- valdiate; rc=$?; set -e
[[ $rc -ne 0 ]] && grep -q 'neither a command' "$t/work/unknown.err" && pass "a mistyped command: exit $rc" \
  || fail "a mistyped command: exit $rc $(cat "$t/work"/unknown.{out,err})"

# the window under Xvfb, on the bundled dataset (no argument: the first start of a fresh HOME)
display=:$((40 + RANDOM % 50))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
set -m
offline window DISPLAY="$display" -- &
app=$!
set +m
for _ in $(seq 1 1200); do
  grep -q 'Incident Atlas: map ready' "$t/work/window.out" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
if grep -q 'Incident Atlas: map ready' "$t/work/window.out" 2>/dev/null \
   && grep -q 'opened incident-atlas.json' "$t/work/window.out"; then
  pass "window: $(grep 'Incident Atlas:' "$t/work/window.out" | tr '\n' ' ')"
else fail "window: $(cat "$t/work/window.out" "$t/work/window.err" 2>/dev/null)"; fi
kill -- -"$app" 2>/dev/null; wait "$app" 2>/dev/null || true; app=
kill "$xvfb"; xvfb=

# nothing from outside the image: every class from the image's runtime (jrt:/, its archive) or lib/app ...
bad_classes=$(cat "$t"/work/*.classes | grep -o 'source: .*' | sort -u \
  | grep -v -e '^source: shared objects file' -e '^source: jrt:/' -e "^source: file:$image/lib/app/" \
           -e '^source: __[A-Za-z_]*__$' -e '^source: instance of ' -e '^source: [A-Za-z_$][A-Za-z0-9_.$]*$' || true)
# (the last three are classes made at run time: proxies, reflection accessors, lambdas of a loaded class)
classes=$(cat "$t"/work/*.classes | grep -c 'source: ')
shared=$(cat "$t"/work/*.classes | grep -c 'source: shared objects file' || true)
[[ -z $bad_classes ]] && pass "classes: all $classes from the image ($shared of them from its CDS archive)" \
  || fail "classes from outside the image: $bad_classes"
# ... and every file it opened is the image's, the test's, or the system's (libc, X11, GTK, fonts), never a
# JDK, a jar, JavaFX, Maven's repository or the source tree.
# (jpackage's launcher asks the package manager whether it was installed from a package: `sh -c "dpkg -S ..."`)
opened=$(cat "$t"/work/*.strace | grep -v -E 'execve\("/bin/sh", \["sh", "-c", "(rpm --queryformat|dpkg -S) ' | grep -o -E '(open|openat|execve)\(.*' | grep -o '"[^"]*"' | tr -d '"' | sort -u)
outside=$(echo "$opened" | grep -v -e "^$image/" -e "^$t/" -e '^/proc/' -e '^/sys/' -e '^/dev/' -e '^/etc/' \
  -e '^/usr/share/\(fonts\|fontconfig\|X11\|icons\|themes\|mime\|glib-2.0\|locale\|gtk-3.0\|drirc.d\)\(/\|$\)' \
  -e '^/usr/local/share/fonts\(/\|$\)' -e '^/tmp/hsperfdata_' \
  -e '^/usr/lib/x86_64-linux-gnu/' -e '^/lib/x86_64-linux-gnu/' -e '^/lib64/' -e '^/usr/lib/locale/' \
  -e '^/var/cache/fontconfig/' -e '^/tmp/.X11-unix/' -e '^/var/lib/dbus/machine-id$' -e '^[^/]' || true)
forbidden=$(echo "$opened" | grep -v "^$image/" | grep -E '\.(jar|jmod|jsa|class)$|/jvm/|javafx|openjfx|\.m2/|^'"$project"'/' || true)
[[ -z $outside && -z $forbidden ]] && pass "files: $(echo "$opened" | grep -c "^$image/") opened in the image, none of a JDK, jar or data outside it" \
  || fail "files opened outside the image: $outside $forbidden"

# the .deb: the image under /opt, the desktop entry, the icon, the licence
listing=$(dpkg-deb -c "$deb")
for f in ./opt/incident-atlas/bin/incident-atlas ./opt/incident-atlas/lib/incident-atlas.png \
         ./opt/incident-atlas/lib/incident-atlas-incident-atlas.desktop ./opt/incident-atlas/share/doc/copyright \
         ./opt/incident-atlas/lib/app/assets/data/incident-atlas.json ./opt/incident-atlas/lib/app/LICENSE; do
  grep -q " $f\$" <<<"$listing" || fail "the .deb has no $f"
done
grep -q '^Name=Incident Atlas$' <(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/incident-atlas/lib/incident-atlas-incident-atlas.desktop) \
  || fail "the .deb's desktop entry is not the app's (src/package/linux/deb)"
pass "deb: $(dpkg-deb -f "$deb" Package Version Depends | tr '\n' ' ' | cut -c1-150)"

[[ $failures -eq 0 ]] || { echo "the package test failed: $failures check(s)" >&2; exit 1; }
echo "the package test passed"
