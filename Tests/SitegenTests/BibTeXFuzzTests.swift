import Foundation
import Testing

/// Reads mutants of the tricky `.bib` for a time budget: none may crash or hang, and every
/// position given must be in the file. `SITEGEN_BIB_FUZZ_SECONDS` sets the budget (default 5),
/// `SITEGEN_BIB_FUZZ_CASES` the most cases, `SITEGEN_BIB_FUZZ_SEED` the seed.
@Suite struct BibTeXFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["SITEGEN_BIB_FUZZ_SECONDS"].flatMap(Double.init) ?? 5
    static let maximumCases = environment["SITEGEN_BIB_FUZZ_CASES"].flatMap { Int($0) } ?? Int.max
    static let seed = environment["SITEGEN_BIB_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0xB1B7_E4

    @Test func mutatedBibFilesAreReadWithPositionsInTheFile() {
        let original = Array(BibTeXFixture.tricky.utf8)
        let clock = ContinuousClock()
        let start = clock.now
        var (cases, failures) = (0, 0)
        while clock.now - start < .seconds(Self.seconds), cases < Self.maximumCases, failures < 5 {
            var mutator = BibMutator(seed: SplitMix64.caseSeed(Self.seed, cases))
            let text = String(decoding: mutator.mutate(original), as: UTF8.self)
            let problems = BibTeXFuzzCheck.problems(in: text, path: "refs.bib")
            if !problems.isEmpty {
                failures += 1
                Issue.record("case \(cases) (SITEGEN_BIB_FUZZ_SEED=\(Self.seed)), \(mutator.applied): \(problems.prefix(3))")
            }
            cases += 1
        }
        print("bib fuzz: seed \(Self.seed), \(cases) cases in \(clock.now - start)")
        #expect(cases > 0)
    }
}
