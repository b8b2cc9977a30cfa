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
     "<= 1.05", lambda r: r <= 1.05),
    ("walk, items/s (starter / raw), prefetch off", "WalkBenchmark.starter", "WalkBenchmark.raw",
     ">= 0.95", lambda r: r >= 0.95),
    ("prefetch, time per walk (on / off)", "PrefetchBenchmark.walk[prefetch=true]",
     "PrefetchBenchmark.walk[prefetch=false]", "<= 0.60", lambda r: r <= 0.60),
    ("OAuth 1.0a signing, ops/ms (ours / Signpost)", "OAuth1SigningBenchmark.ours",
     "OAuth1SigningBenchmark.signpost", ">= 1.0", lambda r: r >= 1.0),
    ("shared rate-limit check, time per play (JDBC / none)", "SharedRateLimitBenchmark.shared",
     "SharedRateLimitBenchmark.none", "<= 1.5", lambda r: r <= 1.5),
]


def key(entry):
    name = entry["benchmark"].removeprefix(PACKAGE)
    params = entry.get("params")
    if params:
        shown = [f"{k}={v}" for k, v in sorted(params.items()) if v != ""]
        if shown:
            name += "[" + ",".join(shown) + "]"
    return name


# two-sided 99.9 % quantiles of Student's t, by degrees of freedom (larger: the normal 3.29)
T999 = {9: 4.781, 19: 3.883, 29: 3.659, 39: 3.551, 49: 3.500, 59: 3.460}


def mean_and_error(values):
    """Mean and 99.9 % half-width of the mean, like JMH's error, of per-iteration values."""
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, float("nan")
    sd = (sum((v - mean) ** 2 for v in values) / (n - 1)) ** 0.5
    # the quantile of the nearest tabulated degrees of freedom at or below n - 1: never too small
    tabulated = [d for d in T999 if d <= n - 1]
    t = T999[max(tabulated)] if tabulated else 4.781
    return mean, t * sd / n ** 0.5


def paired(entries, path):
    title = "findById, paired (both sides interleaved in every operation), time (starter / raw)"
    pair = next((e for e in entries if e["benchmark"] == PACKAGE + "FindByIdBenchmark.paired"), None)
    if pair is None:
        print(f"{title}: not in {path}")
        return
    starter = [v for fork in pair["secondaryMetrics"]["starterNs"]["rawData"] for v in fork]
    raw = [v for fork in pair["secondaryMetrics"]["rawNs"]["rawData"] for v in fork]
    ratio, err = mean_and_error([a / b for a, b in zip(starter, raw)])
    print(title)
    print(f"  starter {sum(starter) / 1e9:.1f} s, raw {sum(raw) / 1e9:.1f} s in {len(raw)} iterations")
    print(f"  ratio {ratio:.3f} ± {err:.3f} (range {ratio - err:.2f} .. {ratio + err:.2f}); goal <= 1.05: "
          f"{'met' if ratio <= 1.05 else 'MISSED'}")
    metrics = pair["secondaryMetrics"]
    if "starterCpuNs" in metrics and "rawCpuNs" in metrics:
        # CPU of the client JVM's Java threads during each side's blocks: steadier than wall time under load
        starter_cpu = [v for fork in metrics["starterCpuNs"]["rawData"] for v in fork]
        raw_cpu = [v for fork in metrics["rawCpuNs"]["rawData"] for v in fork]
        cpu, cpu_err = mean_and_error([a / b for a, b in zip(starter_cpu, raw_cpu)])
        print(f"  CPU of the client's threads: starter {sum(starter_cpu) / 1e9:.1f} s, raw {sum(raw_cpu) / 1e9:.1f} s; "
              f"ratio {cpu:.3f} ± {cpu_err:.3f} (range {cpu - cpu_err:.2f} .. {cpu + cpu_err:.2f})")


def startup(entries, path):
    title = "startup, first SpringApplication.run in a fresh JVM, in pairs (with - without the starter)"
    pair = next((e for e in entries if e["benchmark"] == PACKAGE + "StartupBenchmark.pair"), None)
    if pair is None:
        print(f"{title}: not in {path}")
        return
    # JMH sums event counters over iterations; one iteration is one pair, so average the raw data
    figures = {}
    for name in ("addedMs", "withMs", "withoutMs"):
        values = [v for fork in pair["secondaryMetrics"][name]["rawData"] for v in fork]
        figures[name] = mean_and_error(values) + (len(values),)
    diff, err, n = figures["addedMs"]
    print(title)
    print(f"  with: {figures['withMs'][0]:.1f} ± {figures['withMs'][1]:.1f} ms")
    print(f"  without: {figures['withoutMs'][0]:.1f} ± {figures['withoutMs'][1]:.1f} ms")
    print(f"  added {diff:.1f} ± {err:.1f} ms (range {diff - err:.1f} .. {diff + err:.1f}) over {n} pairs; "
          f"goal <= 30 ms: {'met' if diff <= 30 else 'MISSED'}")


def memory(entries, path):
    title = "memory, heap retained after GC while walking (largest reading per walk)"
    sizes = {}
    for e in entries:
        if e["benchmark"] == PACKAGE + "MemoryBenchmark.walk":
            secondary = e.get("secondaryMetrics", {})

            def largest(name):
                # JMH sums event counters over iterations; each iteration is one walk
                return max(v for fork in secondary[name]["rawData"] for v in fork)

            sizes[int(e["params"]["items"])] = (largest("retainedKiB"), largest("baselineKiB"),
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
    paired(entries, path)
    memory(entries, path)
    startup(entries, path)


if __name__ == "__main__":
    main()
