/// One user macro: its body and the arguments it takes, as `\newcommand{\x}[2][d]{…#1…#2…}` or
/// `\def\x#1#2{…}` define it.
struct LaTeXMacro: Hashable, Sendable {
    /// The most parameters a macro takes, as in TeX.
    static let parameterLimit = 9

    var body: [Unicode.Scalar]
    /// How many arguments it takes, the optional one included (0...9).
    var parameterCount = 0
    /// The first argument's default when it is optional (`[2][default]`): it is then read from
    /// `[…]` when one follows, else this.
    var optionalDefault: [Unicode.Scalar]?

    /// The body with `#k` replaced by the k-th argument and `##` by `#`; a `#` followed by
    /// anything else stays. Its length is `substitutedCount(arguments)`.
    func substituted(_ arguments: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(substitutedCount(arguments))
        var index = 0
        while index < body.count {
            let scalar = body[index]
            if scalar == "#", index + 1 < body.count {
                let next = body[index + 1]
                if next == "#" {
                    result.append("#")
                    index += 2
                    continue
                }
                if let argument = Self.parameterNumber(next).flatMap({ $0 <= arguments.count ? arguments[$0 - 1] : nil }) {
                    result.append(contentsOf: argument)
                    index += 2
                    continue
                }
            }
            result.append(scalar)
            index += 1
        }
        return result
    }

    /// The length of `substituted(arguments)`, counted without building it.
    func substitutedCount(_ arguments: [[Unicode.Scalar]]) -> Int {
        var count = 0
        var index = 0
        while index < body.count {
            if body[index] == "#", index + 1 < body.count {
                let next = body[index + 1]
                if next == "#" {
                    count += 1
                    index += 2
                    continue
                }
                if let number = Self.parameterNumber(next), number <= arguments.count {
                    count += arguments[number - 1].count
                    index += 2
                    continue
                }
            }
            count += 1
            index += 1
        }
        return count
    }

    /// `1`…`9` as a number.
    static func parameterNumber(_ scalar: Unicode.Scalar) -> Int? {
        guard ("1"..."9").contains(scalar) else { return nil }
        return Int(scalar.value - 48)
    }
}
