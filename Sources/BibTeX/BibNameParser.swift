/// Splits an `author` or `editor` value into names, and each name into its parts, by BibTeX's
/// rules. Works on raw values (braces kept); never fails, and is linear in the value's length.
///
/// - Names are separated by the word `and` (in any case) between white space at brace depth 0;
///   `{Barnes and Noble}` is one name.
/// - A name is `First von Last`, `von Last, First` or `von Last, Jr, First` (commas at depth 0).
///   The von part is the words that start with a lower-case letter at depth 0 (a special
///   character such as `{\"o}` counts by its letter, `{\OE}` by its name), up to the last such
///   word before the last name; a word with no letter at depth 0 (`{Barnes and Noble}`) is not
///   lower-case. The last name is never empty when the name has a word.
/// - `others` (in any case) is the "et al." that ends a list.
public enum BibNameParser {
    /// The names of a field's value, in order; empty names (`and and`, `,`) are dropped.
    public static func names(in value: String) -> [BibName] {
        split(value).map(parse).filter { $0.isOthers || !($0.first.isEmpty && $0.von.isEmpty && $0.last.isEmpty && $0.jr.isEmpty) }
    }

    /// The raw texts of the names of `value`, trimmed, empty ones dropped.
    public static func split(_ value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        var names: [String] = []
        var depth = 0
        var start = 0
        var index = 0
        func append(_ range: Range<Int>) {
            let name = trimmed(scalars[range])
            if !name.isEmpty { names.append(name) }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                depth = max(0, depth - 1)
            } else if depth == 0, isSpace(scalar), isAnd(scalars, at: index + 1) {
                append(start..<index)
                start = index + 4
                index += 4
                continue
            }
            index += 1
        }
        append(start..<scalars.count)
        return names
    }

    /// One name's parts.
    public static func parse(_ name: String) -> BibName {
        let scalars = Array(name.unicodeScalars)
        let parts = words(of: scalars)
        if parts.count == 1, parts[0].count == 1, parts[0][0].lowercased() == "others" {
            return BibName(last: parts[0][0], isOthers: true)
        }
        guard parts.count > 1 else { return parseWithoutComma(parts.first ?? []) }
        var result = splitVonLast(parts[0])
        if parts.count == 2 {
            result.first = parts[1].joined(separator: " ")
        } else {
            result.jr = parts[1].joined(separator: " ")
            result.first = parts[2...].map { $0.joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        return result
    }

    /// `First von Last`: the first lower-case word (before the last word) starts the von part.
    private static func parseWithoutComma(_ words: [String]) -> BibName {
        guard words.count > 1 else { return BibName(last: words.first ?? "") }
        let lower = words.map(isLowerCase)
        guard let vonStart = lower.dropLast().firstIndex(of: true) else {
            return BibName(first: words.dropLast().joined(separator: " "), last: words[words.count - 1])
        }
        let vonEnd = lower[..<(words.count - 1)].lastIndex(of: true) ?? vonStart
        return BibName(
            first: words[..<vonStart].joined(separator: " "), von: words[vonStart...vonEnd].joined(separator: " "),
            last: words[(vonEnd + 1)...].joined(separator: " "))
    }

    /// `von Last` before the first comma: the von part runs to the last lower-case word before the last word.
    private static func splitVonLast(_ words: [String]) -> BibName {
        guard words.count > 1, let vonEnd = words.dropLast().lastIndex(where: isLowerCase) else {
            return BibName(last: words.joined(separator: " "))
        }
        return BibName(von: words[...vonEnd].joined(separator: " "), last: words[(vonEnd + 1)...].joined(separator: " "))
    }

    /// The name's comma-separated parts (at depth 0), each as its words (split at white space
    /// and `~` at depth 0).
    static func words(of scalars: [Unicode.Scalar]) -> [[String]] {
        var parts: [[String]] = [[]]
        var word = String.UnicodeScalarView()
        var depth = 0
        func endWord() {
            if !word.isEmpty { parts[parts.count - 1].append(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if scalar == "{" {
                depth += 1
            } else if scalar == "}" {
                depth = max(0, depth - 1)
            } else if depth == 0, isSpace(scalar) || scalar == "~" {
                endWord()
                continue
            } else if depth == 0, scalar == "," {
                endWord()
                parts.append([])
                continue
            }
            word.append(scalar)
        }
        endWord()
        return parts
    }

    /// Whether a word starts, at brace depth 0, with a lower-case letter. A group `{\…}` at depth 0
    /// is a special character and counts by its letter; any other group is skipped.
    static func isLowerCase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" {
                let end = groupEnd(scalars, from: index)
                if index + 1 < scalars.count, scalars[index + 1] == "\\", let lower = specialCharacterCase(scalars[(index + 2)..<end]) {
                    return lower
                }
                index = end + 1
                continue
            }
            if scalar.properties.isLowercase { return true }
            if scalar.properties.isUppercase { return false }
            index += 1
        }
        return false
    }

    /// Special letters whose control sequence gives their case (`\oe` lower, `\OE` upper).
    private static let specialLetters: Set<String> = ["ss", "o", "O", "l", "L", "aa", "AA", "ae", "AE", "oe", "OE", "i", "j"]

    /// The case of a special character's text after its backslash (`"o`, `v s`, `OE`): the
    /// control word's, when it is a special letter, else the first letter after the control sequence.
    private static func specialCharacterCase(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool? {
        var index = scalars.startIndex
        var name = String.UnicodeScalarView()
        while index < scalars.endIndex, isASCIILetter(scalars[index]) {
            name.append(scalars[index])
            index += 1
        }
        if name.isEmpty, index < scalars.endIndex {
            index += 1
        } else if specialLetters.contains(String(name)) {
            return name.first.map { $0.properties.isLowercase }
        }
        let letter = scalars[index...].first { $0.properties.isLowercase || $0.properties.isUppercase }
        return letter.map { $0.properties.isLowercase }
    }

    /// The index of the `}` that closes the group opened at `start`, or the end when it is not closed.
    private static func groupEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < scalars.count {
            if scalars[index] == "{" {
                depth += 1
            } else if scalars[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return scalars.count
    }

    /// Whether `and` (any case) and then white space start at `index`.
    private static func isAnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 < scalars.count, isSpace(scalars[index + 3]) else { return false }
        let word = String(String.UnicodeScalarView(scalars[index..<(index + 3)]))
        return word.lowercased() == "and"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let start = scalars.firstIndex { !isSpace($0) } ?? scalars.endIndex
        let end = scalars.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return start < end ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
    }
}
