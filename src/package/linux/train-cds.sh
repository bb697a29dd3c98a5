#!/usr/bin/env bash
# The training runs for the class-data sharing archive: the app image does what an analyst's first minute does
# (open the window on the bundled dataset until the map is drawn, validate, snapshot) and lists every class it
# loads. Writes WORK/classes.lst. Runs without a display: the window on Monocle's headless platform, as the tests.
#   src/package/linux/train-cds.sh IMAGE_DIR WORK_DIR
set -euo pipefail
image=${1:?image}; work=${2:?work dir}
launcher=$image/bin/incident-atlas
dataset=$image/lib/app/assets/data/incident-atlas.json
mkdir -p "$work/home" "$work/train"
# The training must not read or change the builder's settings: its own HOME and preferences.
run() { env HOME="$work/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/train/$1.lst -Duser.home=$work/home -Djava.util.prefs.userRoot=$work/home/prefs $2" "${@:3}"; }

run validate "" "$launcher" validate "$dataset" >/dev/null
run snapshot "" "$launcher" snapshot --dataset "$dataset" --out "$work/train/snapshot.png" >/dev/null

# Main refuses the window without DISPLAY; Monocle does not use it, so any value lets the headless window start.
headless="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32"
# (not through run(): a backgrounded function is a subshell, and $! would be it, not the app, which stayed running)
env HOME="$work/home" DISPLAY=:training \
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/train/window.lst -Duser.home=$work/home -Djava.util.prefs.userRoot=$work/home/prefs $headless" \
  "$launcher" "$dataset" >"$work/train/window.log" 2>&1 &
app=$!   # env execs the launcher: the app's own pid
for _ in $(seq 1 600); do
  grep -q 'Incident Atlas: map ready' "$work/train/window.log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q 'Incident Atlas: map ready' "$work/train/window.log"; then
  kill "$app" 2>/dev/null || true; cat "$work/train/window.log"
  echo "error: the training run of the window did not reach map ready" >&2; exit 1
fi
kill "$app"; wait "$app" 2>/dev/null || true
kill -0 "$app" 2>/dev/null && { echo "error: the training window did not stop" >&2; exit 1; }
cat "$work"/train/*.lst | grep -v '^#' | sort -u >"$work/classes.lst"
echo "cds training: $(wc -l <"$work/classes.lst") classes listed"
