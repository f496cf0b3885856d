"""Times Python's bibtexparser on a .bib file, for scripts/bench-bibtex to compare with the
Swift reader: python time_bibtexparser.py FILE RUNS. Uses v2's parse_string when the installed
bibtexparser has it, else v1's loads. Prints the median wall-clock and CPU times."""
import statistics
import sys
import time

import bibtexparser


def parse(text):
    """The entries read, by the installed major version's own entry point."""
    if hasattr(bibtexparser, "parse_string"):
        library = bibtexparser.parse_string(text)
        return len(library.entries), f"bibtexparser.parse_string, {len(library.failed_blocks)} failed blocks"
    return len(bibtexparser.loads(text).entries), "bibtexparser.loads"


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as file:
        text = file.read()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        entries, how = parse(text)
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    version = getattr(bibtexparser, "__version__", "?")
    print(f"bibtexparser {version} ({how}): {entries} entries")
    print(f"read: median {statistics.median(walls):.1f} ms (CPU {statistics.median(cpus):.1f} ms), "
          f"min {min(walls):.1f} ms, max {max(walls):.1f} ms over {runs} runs")


main()
