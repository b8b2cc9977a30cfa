#!/usr/bin/env bash
# Walks 100,000 tracks in pages of 200 with soundcloud-api-ts (Node) and with WalkBenchmark
# (the starter and the hand-written JDK HttpClient loop, JMH) against ONE PagingServer, in one run.
#
#   benchmarks/peer/run.sh            (from anywhere; about 8 minutes)
#
# Needs java 17+, node 20+, npm, python3, and benchmarks/target/benchmarks.jar.
# Environment (all optional):
#   PEER_WARMUPS   Node warm-up walks, default 5
#   PEER_RUNS      Node measured walks, default 10
#   JMH_OPTS       extra JMH arguments, e.g. "-wi 1 -i 1" for a quick look (not a result)
#   SERVER_PORT    port for the PagingServer, default 0 (any free port)
#
# Writes into benchmarks/target/: peer-node.json (walk.mjs), peer-jmh.json (JMH), peer-jmh.log,
# peer-server.log and peer-results.json (both combined), and prints a short table.
set -euo pipefail

started=$SECONDS

peer_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_dir="$(dirname "$peer_dir")"
target_dir="$bench_dir/target"
jar="$target_dir/benchmarks.jar"

# WalkBenchmark walks soundcloud:users:100000 in pages of 200; walk.mjs must do the same
tracks=100000
page_size=200
warmups="${PEER_WARMUPS:-5}"
runs="${PEER_RUNS:-10}"
server_port="${SERVER_PORT:-0}"
jmh_opts="${JMH_OPTS:-}"

die() {
	echo "run.sh: $*" >&2
	exit 1
}

for tool in java node npm python3 mkfifo; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool is not on the PATH"
done

if [[ ! -f "$jar" ]]; then
	die "$jar is missing; build it from the repository root with:
  ./mvnw -q install -DskipTests && ./mvnw -q -f benchmarks/pom.xml package"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/peer-run.XXXXXX")"
server_pid=""
child_pid=""
tee_pid=""

# Runs "$@" in the background and waits for it, so that INT/TERM interrupt the run at once (bash
# runs traps only between foreground commands). The child gets no descriptor 3: it must not hold
# the server's input open.
run_child() {
	"$@" 3>&- &
	child_pid=$!
	local status=0
	wait "$child_pid" || status=$?
	child_pid=""
	return "$status"
}

stop_child() {
	if [[ -n "$child_pid" ]]; then
		# the JMH host JVM's forked JVM (a child of our child) goes too
		local pids
		pids="$(pgrep -P "$child_pid" || true)"
		# shellcheck disable=SC2086
		kill "$child_pid" $pids 2>/dev/null || true
		wait "$child_pid" 2>/dev/null || true
		child_pid=""
	fi
}

stop_server() {
	if [[ -n "$server_pid" ]]; then
		# closing its standard input is how the server is asked to stop
		exec 3>&- || true
		local i
		for ((i = 0; i < 50; i++)); do
			kill -0 "$server_pid" 2>/dev/null || break
			sleep 0.2
		done
		if kill -0 "$server_pid" 2>/dev/null; then
			echo "run.sh: the PagingServer (pid $server_pid) did not stop; killing it" >&2
			kill "$server_pid" 2>/dev/null || true
			sleep 1
			kill -9 "$server_pid" 2>/dev/null || true
		fi
		wait "$server_pid" 2>/dev/null || true
		server_pid=""
	fi
}

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	stop_child
	if [[ -n "$tee_pid" ]]; then
		kill "$tee_pid" 2>/dev/null || true
	fi
	stop_server
	cd /
	rm -rf "$work"
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Both sides run from this copy, so that a rebuild of benchmarks.jar during the run (other work in
# the repository) cannot change the server or the benchmarks under our feet.
cp "$jar" "$work/benchmarks.jar"
run_jar="$work/benchmarks.jar"

echo "== npm dependencies (benchmarks/peer)"
if [[ -f "$peer_dir/package-lock.json" ]]; then
	(cd "$peer_dir" && npm ci --no-audit --no-fund --loglevel=error)
else
	(cd "$peer_dir" && npm install --no-audit --no-fund --loglevel=error)
fi

echo "== starting the PagingServer"
server_log="$target_dir/peer-server.log"
fifo="$work/server-stdin"
mkfifo "$fifo"
# same heap as WalkBenchmark gives the server it starts itself (PagingServer.Child)
java -Xmx512m -cp "$run_jar" io.github.scapi.soundcloud.benchmarks.PagingServer "$server_port" \
	<"$fifo" >"$server_log" 2>&1 &
server_pid=$!
# hold the fifo open for writing: the server runs until this descriptor is closed
exec 3>"$fifo"

base_url=""
for ((i = 0; i < 600; i++)); do
	if ! kill -0 "$server_pid" 2>/dev/null; then
		cat "$server_log" >&2 || true
		server_pid=""
		die "the PagingServer exited before it listened (log above, also in $server_log)"
	fi
	line="$(grep -m1 '^listening ' "$server_log" || true)"
	if [[ -n "$line" ]]; then
		base_url="${line#listening }"
		base_url="${base_url%%[[:space:]]*}"
		break
	fi
	sleep 0.2
done
[[ -n "$base_url" ]] || die "the PagingServer did not print 'listening ...' within 120 s (see $server_log)"
echo "   $base_url (pid $server_pid)"

node_json="$target_dir/peer-node.json"
jmh_json="$target_dir/peer-jmh.json"
jmh_log="$target_dir/peer-jmh.log"

echo "== soundcloud-api-ts: $warmups warm-up and $runs measured walks of $tracks tracks"
run_child node "$peer_dir/walk.mjs" "$base_url" "$tracks" "$page_size" "$warmups" "$runs" >"$work/node.json"
mv "$work/node.json" "$node_json"

echo "== JMH WalkBenchmark (starter, raw) against the same server"
rm -f "$jmh_json"
# shown as it goes and kept in peer-jmh.log
mkfifo "$work/jmh-output"
tee "$jmh_log" <"$work/jmh-output" 3>&- &
tee_pid=$!
# from the scratch directory, so that nothing JMH leaves in its working directory lands in the repo
cd "$work"
# the unpaired walks only: the table compares each side's own items/s with Node's (WalkBenchmark.paired
# is for the starter / raw ratio, and would add minutes)
# shellcheck disable=SC2086
run_child java -jar "$run_jar" 'WalkBenchmark\.(starter|starterPrefetching|raw)$' -p server="$base_url" -rf json -rff "$jmh_json" $jmh_opts \
	>"$work/jmh-output" 2>&1
wait "$tee_pid" || true
tee_pid=""
[[ -s "$jmh_json" ]] || die "JMH wrote no results to $jmh_json (see $jmh_log)"

echo "== stopping the PagingServer"
stop_server

python3 - "$node_json" "$jmh_json" "$target_dir/peer-results.json" "$base_url" "$jmh_opts" <<'PY'
import datetime
import json
import sys

node_path, jmh_path, out_path, base_url, jmh_opts = sys.argv[1:6]
PACKAGE = "io.github.scapi.soundcloud.benchmarks."

with open(node_path) as f:
    node = json.load(f)
with open(jmh_path) as f:
    jmh = json.load(f)

java = {}
for entry in jmh:
    name = entry["benchmark"].removeprefix(PACKAGE)
    metric = entry["primaryMetric"]
    java[name] = {
        "score": metric["score"],
        "scoreError": metric["scoreError"],
        "scoreConfidence": metric["scoreConfidence"],
        "unit": metric["scoreUnit"],
        "iterations": entry.get("measurementIterations"),
        "forks": entry.get("forks"),
        "measurements": sum(len(fork) for fork in metric.get("rawData", [])),
        "params": entry.get("params", {}),
        "jvm": entry.get("vmName", "") + " " + entry.get("vmVersion", ""),
    }
for name in ("WalkBenchmark.starter", "WalkBenchmark.raw"):
    if name not in java:
        sys.exit(f"run.sh: {name} is missing from {jmh_path}")
    if java[name]["params"].get("server") != base_url:
        sys.exit(f"run.sh: {name} did not walk {base_url}")

ts = node["itemsPerSecond"]["mean"]
starter = java["WalkBenchmark.starter"]["score"]
raw = java["WalkBenchmark.raw"]["score"]
prefetching = java.get("WalkBenchmark.starterPrefetching", {}).get("score")
summary = {
    "itemsPerSecond": {"soundcloud-api-ts": ts, "starter": starter, "starterPrefetching": prefetching, "raw": raw},
    "starterOverSoundcloudApiTs": starter / ts,
    "starterPrefetchingOverSoundcloudApiTs": (prefetching / ts) if prefetching else None,
    "rawOverSoundcloudApiTs": raw / ts,
    "starterOverRaw": starter / raw,
}
result = {
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    "server": base_url,
    "user": node["user"],
    "tracks": node["tracks"],
    "pageSize": node["pageSize"],
    "summary": summary,
    "soundcloudApiTs": node,
    "jmh": {"file": jmh_path, "options": jmh_opts, "results": java},
}
with open(out_path, "w") as f:
    json.dump(result, f, indent=2)
    f.write("\n")

def error_bar(name):
    error = java[name]["scoreError"]
    if isinstance(error, (int, float)) and error == error:
        return f"± {error:,.0f} (99.9 %), {java[name]['measurements']} iterations in {java[name]['forks']} forks"
    return f"no error bar ({java[name]['measurements']} iteration)"


ts_stats = node["itemsPerSecond"]
rows = [
    (f"soundcloud-api-ts {node['package']['version']} (node {node['node']})", ts,
     f"min {ts_stats['min']:,.0f}, max {ts_stats['max']:,.0f} over {len(ts_stats['runs'])} walks"),
    ("starter, prefetch off (WalkBenchmark.starter)", starter, error_bar("WalkBenchmark.starter")),
    ("raw JDK loop (WalkBenchmark.raw)", raw, error_bar("WalkBenchmark.raw")),
]
if prefetching:
    rows.insert(2, ("starter, prefetch on (starterPrefetching)", prefetching,
                    error_bar("WalkBenchmark.starterPrefetching")))
print()
print(f"walk of {node['user']} in pages of {node['pageSize']}, one PagingServer at {base_url}")
print(f"{'client':<48}{'items/s':>12}  spread")
for label, value, spread in rows:
    print(f"{label:<48}{value:>12,.0f}  {spread}")
print(f"{'starter / soundcloud-api-ts':<48}{summary['starterOverSoundcloudApiTs']:>12.2f}")
if prefetching:
    print(f"{'starter prefetching / soundcloud-api-ts':<48}{summary['starterPrefetchingOverSoundcloudApiTs']:>12.2f}")
print(f"{'raw / soundcloud-api-ts':<48}{summary['rawOverSoundcloudApiTs']:>12.2f}")
print(f"{'starter / raw':<48}{summary['starterOverRaw']:>12.2f}")
print(f"written: {out_path}")
PY

elapsed=$((SECONDS - started))
printf 'total time: %dm %02ds\n' $((elapsed / 60)) $((elapsed % 60))
