#!/usr/bin/env python3
"""Make a copy of the benchmark jar that runs another build of the starter's auto-configure module.

Usage: python3 benchmarks/swap-starter.py BENCHMARKS_JAR THIS_AUTOCONFIGURE_JAR OTHER_AUTOCONFIGURE_JAR OUT_JAR

Every class of THIS_AUTOCONFIGURE_JAR (the module the benchmark jar was built with) is left out
of the copy and every class of OTHER_AUTOCONFIGURE_JAR (e.g. packaged from an older commit) is put
in, so that the same benchmark classes measure the other code. Everything else (JMH, the benchmarks,
the test module, the libraries) stays as built. Only benchmarks that call API both builds share
work; one that needs what the other build lacks fails with a NoSuchMethodError or the like. Used
for the before/after walk in docs/benchmarks.md: the client JVM walks a PagingServer started from
the unchanged jar (-p server=...), so the server is the same code on both sides.
"""
import sys
import zipfile


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    benchmarks, this_module, other_module, out = sys.argv[1:]
    with zipfile.ZipFile(this_module) as jar:
        dropped = {name for name in jar.namelist() if name.endswith(".class")}
    added = 0
    with zipfile.ZipFile(benchmarks) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            if entry.filename not in dropped:
                target.writestr(entry, source.read(entry.filename))
        with zipfile.ZipFile(other_module) as other:
            for entry in other.infolist():
                if entry.filename.endswith(".class"):
                    target.writestr(entry, other.read(entry.filename))
                    added += 1
    print(f"{out}: {len(dropped)} classes of {this_module} left out, {added} of {other_module} put in")


if __name__ == "__main__":
    main()
