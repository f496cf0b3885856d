import BibTeX
import Diagnostics
import Foundation

/// The BibTeX reader's benchmark and long fuzz run, built by `scripts/bench-bibtex`:
///     bibtex-bench time FILE [RUNS]     median times to read FILE and to write back its entries
///     bibtex-bench diagnostics FILE     the reader's diagnostics on FILE, counted by kind, and
///                                       the write-back round trip of each of its entries
///     bibtex-bench write FILE OUT       every entry of FILE written back, into OUT
///     bibtex-bench generate ENTRIES OUT a varied synthetic .bib
///     bibtex-bench fuzz CASES [SEED]    the suite's mutation fuzz (with the write-back round
///                                       trip) for CASES inputs

func generate(entries: Int) -> String {
    let words = ["deep", "learning", "{ReLU}", "M{\\\"u}ller", "graph", "networks", "on", "the", "{B}ayesian",
                 "optimal", "$O(n \\log n)$", "sparse", "\\emph{fast}", "quantum", "Caf\\'{e}", "Zürich", "analysis"]
    var random = SplitMix64(seed: 42)
    func phrase(_ count: Int) -> String { (0..<count).map { _ in random.pick(words) }.joined(separator: " ") }
    var text = "@string{tugboat = \"TUGboat\"}\n@string{pub-TUG = {{\\TeX} Users Group}}\n@preamble{\"\\def\\TUB{TUGboat}\"}\n\n"
    for index in 0..<entries {
        let year = 1980 + index % 45
        switch index % 4 {
        case 0:
            text += """
                @Article{Author:\(year):\(index),
                  author =       "A. N. Author and B. {de la} Other and {Barnes and Noble}",
                  title =        "{\(phrase(8))}",
                  journal =      tugboat,
                  volume =       "\(index % 40)",
                  number =       "\(index % 4 + 1)",
                  pages =        "\(index)--\(index + 9)",
                  month =        \(["jan", "apr", "sep", "dec"][index % 4]),
                  year =         "\(year)",
                  ISSN =         "0896-3207",
                  bibdate =      "Tue Jan 9 18:28:04 MST 2001",
                  URL =          "https://tug.org/TUGboat/Articles/tb\(index).pdf",
                  abstract =     "\(phrase(60 + index % 120))",
                  acknowledgement = "Nelson H. F. Beebe, University of Utah",
                }


                """
        case 1:
            text += """
                @InProceedings{Paper\(index),
                  author = {Last, First and Other, Second},
                  title = {\(phrase(10))},
                  crossref = {Proc\(index - index % 4 + 2)},
                  pages = {\(index)--\(index + 12)},
                  doi = {10.1000/\(index)},
                }


                """
        case 2:
            text += """
                @Proceedings{Proc\(index),
                  editor = {Editor, E.},
                  title = {Proceedings of the \(phrase(4)) conference},
                  publisher = pub-TUG,
                  year = \(year),
                  address = "Portland, {OR}, USA",
                }


                """
        default:
            text += """
                @Book{Book\(index), author = "Knuth, Donald E.", title = "The {\\TeX}book " # "\(phrase(3))",
                  publisher = pub-TUG, year = \(year), isbn = "0-201-13447-0", note = "\(phrase(90))"}


                """
        }
    }
    return text
}

/// The process's CPU time in milliseconds: unlike the wall clock, not lengthened by other
/// programs on a busy machine.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// Runs `body` `runs` times and prints its median wall-clock and CPU times (the same line form
/// as the bibtexparser script's, which `scripts/bench-bibtex` reads the CPU median from).
func measure(_ what: String, runs: Int, _ body: () -> Void) {
    let clock = ContinuousClock()
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<runs {
        let (start, cpuStart) = (clock.now, cpuMilliseconds())
        body()
        let elapsed = clock.now - start
        cpus.append(cpuMilliseconds() - cpuStart)
        walls.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    walls.sort()
    cpus.sort()
    print("\(what): " + String(format: "median %.1f ms (CPU %.1f ms), min %.1f ms, max %.1f ms over %d runs",
                               walls[runs / 2], cpus[runs / 2], walls[0], walls[runs - 1], runs))
}

/// A diagnostic's message with its quoted names and its numbers left out: what kind it is.
func kind(of message: String) -> String {
    var result = ""
    var quoted = false
    for character in message {
        if character == "'" {
            if !quoted { result += "'…'" }
            quoted.toggle()
        } else if !quoted {
            if character.isNumber { if !result.hasSuffix("N") { result += "N" } } else { result.append(character) }
        }
    }
    return result
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "generate" where arguments.count == 4:
    try generate(entries: Int(arguments[2]) ?? 4800).write(toFile: arguments[3], atomically: true, encoding: .utf8)
case "time" where arguments.count >= 3:
    let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
    let runs = max(1, arguments.count > 3 ? Int(arguments[3]) ?? 11 : 11)
    var file = BibTeXReader.read(text, path: arguments[2])
    let listable = BibEntryValidation.listableEntries(of: file)
    print("\(arguments[2]): \(text.utf8.count) bytes, \(file.entries.count) entries (\(listable.entries.count) listable), \(file.diagnostics.count) diagnostics")
    measure("read", runs: runs) { file = BibTeXReader.read(text, path: arguments[2]) }
    var bytes = 0
    measure("write back \(file.entries.count) entries", runs: runs) {
        bytes = file.entries.reduce(0) { $0 + BibTeXWriter.write($1).utf8.count }
    }
    print("written back: \(bytes) bytes")
case "write" where arguments.count == 4:
    let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
    try BibTeXReader.read(text, path: arguments[2]).entries.map(BibTeXWriter.write).joined(separator: "\n")
        .write(toFile: arguments[3], atomically: true, encoding: .utf8)
case "diagnostics" where arguments.count == 3:
    let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
    let file = BibEntryValidation.listableEntries(of: BibTeXReader.read(text, path: arguments[2]))
    let kinds = Dictionary(grouping: file.diagnostics) { "\($0.severity.rawValue): \(kind(of: $0.message))" }
    for (kind, diagnostics) in kinds.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
        print("\(diagnostics.count)\t\(kind)")
        for diagnostic in diagnostics.prefix(2) { print("\t\(diagnostic.headline)") }
    }
    print("\(file.diagnostics.count) diagnostics in \(kinds.count) kinds")
    let failing = file.entries.map(BibTeXRoundTrip.problems).filter { !$0.isEmpty }
    print("written back and read again: \(file.entries.count - failing.count) of \(file.entries.count) entries read back as themselves")
    for problems in failing.prefix(3) { print("\t\(problems.prefix(2))") }
case "fuzz" where arguments.count >= 3:
    let cases = Int(arguments[2]) ?? 1_000_000
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 0xB1B7_E4 : 0xB1B7_E4
    let original = Array(BibTeXFixture.tricky.utf8)
    var failures = 0
    for index in 0..<cases {
        var mutator = BibMutator(seed: SplitMix64.caseSeed(seed, index))
        let text = String(decoding: mutator.mutate(original), as: UTF8.self)
        let problems = BibTeXFuzzCheck.problems(in: text, path: "refs.bib")
        if !problems.isEmpty {
            failures += 1
            print("case \(index): \(mutator.applied): \(problems.prefix(3))")
        }
    }
    print("bib fuzz: seed \(seed), \(cases) cases, \(failures) failing")
    exit(failures == 0 ? 0 : 1)
default:
    print("usage: bibtex-bench time FILE [RUNS] | diagnostics FILE | write FILE OUT | generate ENTRIES OUT | fuzz CASES [SEED]")
    exit(2)
}
