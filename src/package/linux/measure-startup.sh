#!/usr/bin/env bash
# Cold start of the packaged window to "Incident Atlas: map ready", as docs/BENCHMARKS.md reports it: the
# launcher started under Xvfb on the bundled dataset with a fresh HOME, RUNS times (after one run to warm the
# disk cache); prints each time and the median, with the machine's load. Not part of the tests (timings are
# benchmarks here, not assertions).
#   src/package/linux/measure-startup.sh IMAGE_DIR [RUNS]     e.g. target/package/image/incident-atlas 7
# EXTRA_JAVA_OPTIONS="-Xshare:off" ... compares without the archive.
set -euo pipefail
image=$(cd "${1:?image dir}" && pwd); runs=${2:-7}
t=$(mktemp -d /tmp/incident-atlas-start.XXXXXX)
display=:$((40 + RANDOM % 50))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$t"' EXIT
sleep 1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
times=(); cpus=()
for i in $(seq 0 "$runs"); do
  rm -rf "$t/home"; mkdir -p "$t/home"
  : >"$t/log"
  start=$(date +%s%N)
  env -i HOME="$t/home" XDG_CACHE_HOME="$t/home/.cache" DISPLAY="$display" PATH=/usr/bin:/bin \
    JAVA_TOOL_OPTIONS="-Duser.home=$t/home ${EXTRA_JAVA_OPTIONS:-}" "$image/bin/incident-atlas" >"$t/log" 2>&1 &
  app=$!
  until grep -q 'Incident Atlas: map ready' "$t/log"; do
    kill -0 "$app" 2>/dev/null || { cat "$t/log"; echo "the app stopped" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # CPU time the JVM (the launcher's own process) used until then: less at the mercy of other loads than the wall
  cpu=$(awk -v tck="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tck }' "/proc/$app/stat")
  kill "$app"; wait "$app" 2>/dev/null || true
  if [[ $i -eq 0 ]]; then echo "warm-up run: $ms ms (cpu $cpu ms)"; else echo "run $i: $ms ms (cpu $cpu ms)"; times+=("$ms"); cpus+=("$cpu"); fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
cpu_median=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs: $median ms to map ready, cpu $cpu_median ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
