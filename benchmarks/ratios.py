#!/usr/bin/env python3
"""Print each benchmark pair of a JMH JSON result file as a ratio against its baseline.

Usage: python3 benchmarks/ratios.py [benchmarks/target/results.json]

The range next to each ratio combines the two 99.9 % error bars the pessimistic way
(lowest numerator over highest denominator, and the reverse); it is not a confidence interval.
"""
import json
import sys

PACKAGE = "io.github.scapi.soundcloud.benchmarks."

# (title, numerator, denominator, goal text, goal test)
PAIRS = [
    ("findById, time per op (starter / raw)", "FindByIdBenchmark.starter", "FindByIdBenchmark.raw",
     "<= 1.10", lambda r: r <= 1.10),
    ("walk, items/s (starter / raw), prefetch off", "WalkBenchmark.starter", "WalkBenchmark.raw",
     ">= 0.95", lambda r: r >= 0.95),
    ("prefetch, time per walk (on / off)", "PrefetchBenchmark.walk[prefetch=true]",
     "PrefetchBenchmark.walk[prefetch=false]", "<= 0.60", lambda r: r <= 0.60),
    ("OAuth 1.0a signing, ops/ms (ours / Signpost)", "OAuth1SigningBenchmark.ours",
     "OAuth1SigningBenchmark.signpost", ">= 1.0", lambda r: r >= 1.0),
]


def key(entry):
    name = entry["benchmark"].removeprefix(PACKAGE)
    params = entry.get("params")
    if params:
        shown = [f"{k}={v}" for k, v in sorted(params.items()) if v != ""]
        if shown:
            name += "[" + ",".join(shown) + "]"
    return name


def startup(results, path):
    title = "startup, first SpringApplication.run in a fresh JVM (with - without the starter)"
    a, b = results.get("StartupBenchmark.run[starter=with]"), results.get("StartupBenchmark.run[starter=without]")
    if a is None or b is None:
        print(f"{title}: not in {path}")
        return
    diff = a["score"] - b["score"]
    errors = [e for e in (a["scoreError"], b["scoreError"]) if isinstance(e, (int, float))]
    err = sum(errors) if len(errors) == 2 else float("nan")
    print(title)
    print(f"  with: {a['score']:.1f} ± {a['scoreError']} {a['scoreUnit']}")
    print(f"  without: {b['score']:.1f} ± {b['scoreError']} {b['scoreUnit']}")
    print(f"  added {diff:.1f} ms (range {diff - err:.1f} .. {diff + err:.1f}); goal <= 50 ms: "
          f"{'met' if diff <= 50 else 'MISSED'}")


def memory(entries, path):
    title = "memory, heap retained after GC while walking (largest reading per walk)"
    sizes = {}
    for e in entries:
        if e["benchmark"] == PACKAGE + "MemoryBenchmark.walk":
            secondary = e.get("secondaryMetrics", {})
            sizes[int(e["params"]["items"])] = (secondary.get("retainedKiB", {}).get("score"),
                                                secondary.get("baselineKiB", {}).get("score"),
                                                e["primaryMetric"]["score"])
    if not sizes:
        print(f"{title}: not in {path}")
        return
    print(title)
    for items in sorted(sizes):
        retained, baseline, seconds = sizes[items]
        print(f"  {items:>9,} items: retained {retained / 1024:.1f} MiB (before the walk {baseline / 1024:.1f} MiB), "
              f"walk {seconds:.1f} s")
    smallest, largest = min(sizes), max(sizes)
    ratio = sizes[largest][0] / sizes[smallest][0]
    print(f"  ratio {largest:,} / {smallest:,} items: {ratio:.2f}; goal <= 1.10: {'met' if ratio <= 1.10 else 'MISSED'}")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/results.json"
    with open(path) as f:
        entries = json.load(f)
    results = {key(e): e["primaryMetric"] for e in entries}
    for title, num, den, goal, met in PAIRS:
        if num not in results or den not in results:
            print(f"{title}: not in {path}")
            continue
        a, b = results[num], results[den]
        ratio = a["score"] / b["score"]
        low = (a["score"] - a["scoreError"]) / (b["score"] + b["scoreError"])
        high = (a["score"] + a["scoreError"]) / max(b["score"] - b["scoreError"], 1e-12)
        print(title)
        print(f"  {num}: {a['score']:.3f} ± {a['scoreError']:.3f} {a['scoreUnit']}")
        print(f"  {den}: {b['score']:.3f} ± {b['scoreError']:.3f} {b['scoreUnit']}")
        print(f"  ratio {ratio:.2f} (range {low:.2f} .. {high:.2f}); goal {goal}: "
              f"{'met' if met(ratio) else 'MISSED'}")
    memory(entries, path)
    startup(results, path)


if __name__ == "__main__":
    main()
