#!/usr/bin/env python3
"""Print each benchmark pair of a JMH JSON result file as a ratio against its baseline.

Usage: python3 benchmarks/ratios.py [benchmarks/target/results.json ...]

With several files (runs of the same benchmarks), each is printed in turn, then the paired
benchmarks once more with the iterations of all the files pooled (e.g. two runs of the same code
at different times, to compare with two runs of other code).

The range next to each ratio combines the two 99.9 % error bars the pessimistic way
(lowest numerator over highest denominator, and the reverse); it is not a confidence interval.
"""
import json
import sys

PACKAGE = "io.github.scapi.soundcloud.benchmarks."

# WalkBenchmark.TRACKS: the items of one walk
WALK_TRACKS = 100_000

# (title, numerator, denominator, goal text, goal test)
PAIRS = [
    ("findById, time per op (starter / raw)", "FindByIdBenchmark.starter", "FindByIdBenchmark.raw",
     "<= 1.05", lambda r: r <= 1.05),
    ("walk, items/s (starter / raw), prefetch off", "WalkBenchmark.starter", "WalkBenchmark.raw",
     ">= 0.95", lambda r: r >= 0.95),
    ("prefetch, time per walk (on / off)", "PrefetchBenchmark.walk[prefetch=true]",
     "PrefetchBenchmark.walk[prefetch=false]", "<= 0.58", lambda r: r <= 0.58),
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
T999 = {1: 636.619, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041, 9: 4.781,
        11: 4.437, 14: 4.140, 17: 3.965, 19: 3.883, 23: 3.768, 29: 3.659, 39: 3.558, 49: 3.500, 59: 3.463}


def mean_and_error(values):
    """Mean and 99.9 % half-width of the mean, like JMH's error, of per-iteration values."""
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, float("nan")
    sd = (sum((v - mean) ** 2 for v in values) / (n - 1)) ** 0.5
    # the quantile of the nearest tabulated degrees of freedom at or below n - 1: never too small
    tabulated = [d for d in T999 if d <= n - 1]
    t = T999[max(tabulated)]
    return mean, t * sd / n ** 0.5


def per_iteration(metrics, name):
    """A secondary counter's per-iteration values, all forks in order."""
    return [v for fork in metrics[name]["rawData"] for v in fork]


def walks_per_side(entry):
    """Walks of each side per iteration: one per operation, operations per iteration = batch size."""
    return entry.get("measurementBatchSize", 1)


# Paired benchmarks: both sides run in every operation (which goes first alternates), so every
# iteration gives one ratio under the conditions both sides shared; the spread is over iterations.
# (benchmark, title, numerator counter, denominator counter, invert, goal text, goal test, unit note)
# invert: the ratio of rates (items/s), i.e. denominator time over numerator time.
PAIRED = [
    ("FindByIdBenchmark.paired",
     "findById, paired (both sides interleaved in every operation), time (starter / raw)",
     "starter", "raw", False, "<= 1.05", lambda r: r <= 1.05),
    ("WalkBenchmark.paired",
     "walk 100,000 tracks, prefetch off, paired (one walk per side in every operation), items/s (starter / raw)",
     "starter", "raw", True, ">= 0.95", lambda r: r >= 0.95),
    ("PrefetchBenchmark.paired",
     "prefetch, paired (one walk per setting in every operation), time per walk (on / off)",
     "on", "off", False, "<= 0.58", lambda r: r <= 0.58),
]


def paired(entries, path, name, title, num, den, invert, goal, met):
    found = [e for e in entries if e["benchmark"] == PACKAGE + name]
    if not found:
        print(f"{title}: not in {path}")
        return
    print(title)
    series = {}
    for counter in (num + "Ns", den + "Ns", num + "CpuNs", den + "CpuNs"):
        if all(counter in e["secondaryMetrics"] for e in found):
            series[counter] = [v for e in found for v in per_iteration(e["secondaryMetrics"], counter)]
    walks = sum(walks_per_side(e) * len(per_iteration(e["secondaryMetrics"], num + "Ns")) for e in found)
    a = series[num + "Ns"]
    b = series[den + "Ns"]
    ratio, err = mean_and_error([(y / x) if invert else (x / y) for x, y in zip(a, b)])
    print(f"  {num} {sum(a) / 1e9:.1f} s, {den} {sum(b) / 1e9:.1f} s in {len(b)} iterations")
    if name == "WalkBenchmark.paired":
        print(f"  items/s: {num} {walks * WALK_TRACKS / (sum(a) / 1e9):,.0f}, "
              f"{den} {walks * WALK_TRACKS / (sum(b) / 1e9):,.0f} ({walks} walks per side)")
    if name == "PrefetchBenchmark.paired":
        print(f"  ms per walk: {num} {sum(a) / 1e6 / walks:,.1f}, {den} {sum(b) / 1e6 / walks:,.1f} "
              f"({walks} walks per setting)")
    low, high = min(x / y for x, y in zip(a, b)), max(x / y for x, y in zip(a, b))
    if invert:
        low, high = 1 / high, 1 / low
    print(f"  ratio {ratio:.3f} ± {err:.3f} (range {ratio - err:.2f} .. {ratio + err:.2f}; "
          f"iterations {low:.2f} .. {high:.2f}); goal {goal}: {'met' if met(ratio) else 'MISSED'}")
    if num + "CpuNs" in series and den + "CpuNs" in series:
        # CPU of the client JVM's Java threads during each side: steadier than wall time under load
        a_cpu = series[num + "CpuNs"]
        b_cpu = series[den + "CpuNs"]
        cpu, cpu_err = mean_and_error([x / y for x, y in zip(a_cpu, b_cpu)])
        print(f"  CPU of the client JVM's threads: {num} {sum(a_cpu) / 1e9:.1f} s, {den} {sum(b_cpu) / 1e9:.1f} s; "
              f"ratio {num} / {den} {cpu:.3f} ± {cpu_err:.3f} (range {cpu - cpu_err:.2f} .. {cpu + cpu_err:.2f})")


def startup(entries, path):
    title = "startup, first SpringApplication.run in a fresh JVM, in pairs (with - without the starter)"
    pairs = [e for e in entries if e["benchmark"] == PACKAGE + "StartupBenchmark.pair"]
    if not pairs:
        print(f"{title}: not in {path}")
        return
    for pair in pairs:
        # beans=lazy is a diagnostic (none of the starter's beans made), not the product
        beans = (pair.get("params") or {}).get("beans", "eager")
        # JMH sums event counters over iterations; one iteration is one pair, so average the raw data
        figures = {}
        for name in ("addedMs", "withMs", "withoutMs"):
            values = [v for fork in pair["secondaryMetrics"][name]["rawData"] for v in fork]
            figures[name] = mean_and_error(values) + (len(values),)
        diff, err, n = figures["addedMs"]
        print(title + ("" if beans == "eager" else f", beans={beans} (diagnostic: none of the starter's beans made)"))
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


def report(path, entries):
    results = {key(e): e["primaryMetric"] for e in entries}
    for title, num, den, goal, met in PAIRS:
        if num not in results or den not in results:
            print(f"{title}: not in {path}")
            continue
        a, b = results[num], results[den]
        ratio = a["score"] / b["score"]
        # JMH writes "NaN" (a string) for the error of a single iteration
        a_err, b_err = (float(m["scoreError"]) for m in (a, b))
        low = (a["score"] - a_err) / (b["score"] + b_err)
        high = (a["score"] + a_err) / max(b["score"] - b_err, 1e-12)
        print(title)
        print(f"  {num}: {a['score']:.3f} ± {a_err:.3f} {a['scoreUnit']}")
        print(f"  {den}: {b['score']:.3f} ± {b_err:.3f} {b['scoreUnit']}")
        print(f"  ratio {ratio:.2f} (range {low:.2f} .. {high:.2f}); goal {goal}: "
              f"{'met' if met(ratio) else 'MISSED'}")
    for spec in PAIRED:
        paired(entries, path, *spec)
    memory(entries, path)
    startup(entries, path)


def main():
    paths = sys.argv[1:] or ["benchmarks/target/results.json"]
    runs = []
    for path in paths:
        with open(path) as f:
            runs.append((path, json.load(f)))
    for path, entries in runs:
        if len(runs) > 1:
            print(f"== {path}")
        report(path, entries)
    if len(runs) > 1:
        print(f"== pooled: the iterations of all {len(runs)} files")
        pooled = [e for _, entries in runs for e in entries]
        for spec in PAIRED:
            if all(any(e["benchmark"] == PACKAGE + spec[0] for e in entries) for _, entries in runs):
                paired(pooled, "every file", *spec)


if __name__ == "__main__":
    main()
