import Site

/// What the derive stage keeps for the next build: each output's inputs and what was made of
/// them. An output whose inputs equal the kept ones is not made again; its kept outcome is
/// used, which is what making it again would give.
public struct DerivedMemo: Sendable {
    /// One output's inputs and outcome, by the output's path.
    struct Kept<Inputs: Equatable & Sendable>: KeptOutcome {
        var inputs: Inputs
        var outcome: DerivedOutcome
    }

    var kept: [String: any KeptOutcome] = [:]
    /// The site the outcomes were made of.
    var site: Site?

    public init() {}

    /// The outcome `earlier` kept for `output`, kept again: for an output whose inputs are
    /// known to be those it had then.
    mutating func keep<Output: DerivedOutput>(_ output: Output, from earlier: DerivedMemo) -> DerivedOutcome? {
        guard let old = earlier.kept[output.path] as? Kept<Output.Inputs> else { return nil }
        kept[output.path] = old
        return old.outcome
    }

    /// The outcome of `output` for `site`: the kept one when the output's inputs are the same,
    /// else made now and kept for the next build.
    mutating func outcome<Output: DerivedOutput>(of output: Output, for site: Site, earlier: DerivedMemo?) -> DerivedOutcome {
        let inputs = output.inputs(of: site)
        if let old = earlier?.kept[output.path] as? Kept<Output.Inputs>, old.inputs == inputs {
            kept[output.path] = old
            return old.outcome
        }
        let made = output.derive(from: inputs)
        kept[output.path] = Kept(inputs: inputs, outcome: made)
        return made
    }
}

/// A kept outcome, whatever the type of its inputs.
protocol KeptOutcome: Sendable {}
