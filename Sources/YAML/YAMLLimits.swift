/// The bounds one parse holds hostile YAML to.
struct YAMLLimits {
    /// Aliased text may add at most 10 times the YAML's own size…
    static let aliasedBytesPerByte = 10
    /// …but always at least 1 MB (a small file may alias a few short values many times)…
    static let aliasedBytesFloor = 1_000_000
    /// …and never more than 50 MB, whatever the file's size.
    static let aliasedBytesCeiling = 50_000_000

    var maximumDepth: Int
    /// Nodes that aliases may add, counted at each alias (nodes written out are not counted:
    /// a list of any length is fine).
    var maximumExpandedNodes: Int
    /// Scalar bytes that aliases may add to the document, counted at each alias as it is read.
    var maximumAliasedBytes: Int

    init(maximumDepth: Int, maximumExpandedNodes: Int, textByteCount: Int) {
        self.maximumDepth = maximumDepth
        self.maximumExpandedNodes = maximumExpandedNodes
        let proportional = textByteCount.multipliedReportingOverflow(by: Self.aliasedBytesPerByte)
        let scaled = proportional.overflow ? Self.aliasedBytesCeiling : proportional.partialValue
        maximumAliasedBytes = min(max(scaled, Self.aliasedBytesFloor), Self.aliasedBytesCeiling)
    }
}
