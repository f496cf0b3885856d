import Diagnostics
import Load

/// Makes hostile variants of a valid site: byte flips, insertions and deletions, splices of
/// tokens that YAML, Markdown, Mustache and URLs treat specially, deep nesting, long repeats
/// (bounded, so that one build stays small), other line ends, and renamed, colliding, missing
/// or added files, names that are not UTF-8 included.
struct SiteMutator {
    var random: SplitMix64
    /// What each mutation did, to tell a failing case.
    private(set) var log: [String] = []

    /// The most bytes a repeat may add, so that no mutant grows past a few tens of kilobytes.
    static let maximumGrowth = 32_768

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// `site` with one to four mutations.
    mutating func mutate(_ site: FuzzSite) -> FuzzSite {
        var site = site
        for _ in 0..<(1 + random.below(4)) {
            switch random.below(100) {
            case 0..<14: insertToken(&site)
            case 14..<24: replaceValue(&site)
            case 24..<32: flipByte(&site)
            case 32..<40: deleteRange(&site)
            case 40..<47: repeatToken(&site)
            case 47..<53: duplicateRange(&site)
            case 53..<58: nest(&site)
            case 58..<64: changeLineEnds(&site)
            case 64..<69: spliceFromAnotherFile(&site)
            case 69..<74: editFence(&site)
            case 74..<79: truncate(&site)
            case 79..<87: rename(&site)
            case 87..<92: addCollidingCopy(&site)
            case 92..<96: addFile(&site)
            default: removeFile(&site)
            }
        }
        return site
    }

    // MARK: Tokens

    static let tokens: [[UInt8]] = [
        "*&a", "&a ", "*a", "*b", "<<: *a", ": [", ": {", "[", "]", "{", "}", ", ", "? ", "- ", "|", ">", "|-", ">+",
        "!!binary ", "!!str ", "!!python/object ", "!foo ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "'", "\"", "\\", "# ",
        "---", "...", "\n---\n", "\n...\n", "\r", "\r\n", "\n", "\t", " ", "\0", "\u{1B}]0;title\u{07}", "\u{1B}[2J",
        "\u{202E}", "\u{FEFF}", "\u{85}", "\u{2028}", "\u{7F}", "\u{1}\u{2}\u{3}", "~", "null", "true", "no", "on", "0x1F",
        "1e999", "-.inf", ".nan", "0o17", "12:30:00", "2026-02-30", "9999-99-99", "0000-00-00", "2026-01-05T25:61:00+99:00",
        "{{", "}}", "{{{", "}}}", "{{#x}}", "{{/x}}", "{{> partial}}", "{{=<% %>=}}", "javascript:alert(1)",
        "\u{1}\u{1}\u{1}javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:x", "file:///etc/passwd", "//evil.example/", "../../../../etc/passwd", "/%2e%2e/", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<base href=//evil/>", "<!--", "-->",
        "](javascript:alert(1))", "[x]: ", "[^1]", "[^1]: note\n", "| a | b |\n|---|---|\n", "```", "~~~", "    ", "***",
        "___", "**", "__", "`", "<", ">", "&", "&amp;", "&#0;", "&#x110000;", "\\u0000", "\"\\0\\e\\a\"", "\"\\uD800\"",
        "é", "e\u{301}", "𝄞", "\u{200B}", "title:", "date:", "kind:", "authors:", "url:", "links:", "draft: true",
        "kind: publication", "kind: job", "kind: seminar", "kind: home",
    ].map { Array($0.utf8) } + [[0xFF], [0xFE, 0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80]]

    /// Tokens that deep nesting or long runs are made of.
    static let repeatable: [String] = [
        "[", "{", "[a, ", "{a: ", "- ", "> ", "*", "_", "**a", "(", "[a](", "[", "![a](", "<div>", "</div>", "| x ",
        "&a ", "*a ", "a", " ", "\n", "\r", "`", "~", "<", "\\", "http://x.example/ ", "www.x.example ", "[^1]",
        "- [ ] ", "1. ", "#", "=", "\u{1}", "é", "\u{202E}",
    ]

    static let nameTokens: [[UInt8]] = [
        "\n", "\r", "\t", " ", "\u{1B}]0;x\u{07}", "\u{7F}", "\u{202E}", "%20", "%2F", "#", "?", "&", "<", ">", "\"",
        "'", "\\", ":", ";", "*", "..", ".", "-", "_", "é", "e\u{301}", "𝄞", "\u{FEFF}", "CON", "index", "2026-13-45-",
        "2026-01-05-", "0000-",
    ].map { Array($0.utf8) } + [[0xE9], [0xFF], [0xC0, 0xAF], [0xE2, 0x82], [0x80], Array(repeating: UInt8(ascii: "x"), count: 200)]

    static let values: [String] = [
        "", "~", "[]", "{}", "[1, 2]", "{a: 1}", "42", "-1", "3.5", "true", "null", "\"\"", "'", "\"", "*undefined",
        "&a [*a, *a]", "!!binary aGVsbG8=", "2026-02-30", "1999", "99999", "javascript:alert(1)",
        "\"\\u0001\\u0001javascript:alert(1)\"", "\"\\e]0;x\\a\"", "\"\\u202Eevil\"", "not a url", "mailto:", "https://",
        "https://x.example/\"onmouseover=alert(1)", "/path with spaces/", "<b>bold</b>", "{{title}}", "\"A and B\"",
        "|\n  block\n  text", ">\n  folded", "- a\n- b", "\n  nested: [1, {2: 3}]", "a: b: c",
    ]

    // MARK: Mutations

    private mutating func pickFile(_ site: FuzzSite) -> Int? {
        site.files.isEmpty ? nil : random.below(site.files.count)
    }

    private func name(_ site: FuzzSite, _ index: Int) -> String {
        PrintableText.escaping(UTF8Validation.escapingInvalidBytes(site.files[index].path))
    }

    private func shown(_ bytes: [UInt8]) -> String {
        "\"" + PrintableText.escaping(UTF8Validation.escapingInvalidBytes(bytes.count > 40 ? Array(bytes.prefix(40)) + Array("…".utf8) : bytes)) + "\""
    }

    /// A position in a file: anywhere, at a line start, or after a `: `.
    private mutating func position(in bytes: [UInt8]) -> Int {
        switch random.below(3) {
        case 0:
            let starts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
            return random.pick(starts)
        case 1:
            let values = bytes.indices.dropLast().filter { bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: " ") }
            if !values.isEmpty { return random.pick(values) + 2 }
            return random.below(bytes.count + 1)
        default:
            return random.below(bytes.count + 1)
        }
    }

    private mutating func insertToken(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let token = random.pick(Self.tokens)
        let at = position(in: site.files[file].bytes)
        site.files[file].bytes.insert(contentsOf: token, at: at)
        log.append("insert \(shown(token)) into \(name(site, file)) at byte \(at)")
    }

    private mutating func replaceValue(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let bytes = site.files[file].bytes
        let colons = bytes.indices.dropLast().filter { bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: " ") }
        guard !colons.isEmpty else { return insertToken(&site) }
        let start = random.pick(colons) + 2
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let value = Array(random.pick(Self.values).utf8)
        site.files[file].bytes.replaceSubrange(start..<end, with: value)
        log.append("replace the value at byte \(start) of \(name(site, file)) with \(shown(value))")
    }

    private mutating func flipByte(_ site: inout FuzzSite) {
        guard let file = pickFile(site), !site.files[file].bytes.isEmpty else { return }
        let at = random.below(site.files[file].bytes.count)
        let mask = random.chance(50) ? UInt8(1) << UInt8(random.below(8)) : UInt8(truncatingIfNeeded: random.next())
        site.files[file].bytes[at] ^= mask
        log.append("flip byte \(at) of \(name(site, file)) with 0x\(String(mask, radix: 16))")
    }

    private mutating func deleteRange(_ site: inout FuzzSite) {
        guard let file = pickFile(site), !site.files[file].bytes.isEmpty else { return }
        let count = site.files[file].bytes.count
        let start = random.below(count)
        let end = min(count, start + 1 + random.below(random.chance(80) ? 16 : 400))
        site.files[file].bytes.removeSubrange(start..<end)
        log.append("delete bytes \(start)..<\(end) of \(name(site, file))")
    }

    private mutating func repeatToken(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let token = Array(random.pick(Self.repeatable).utf8)
        let times = 1 + random.below(min(5_000, Self.maximumGrowth / token.count))
        let at = position(in: site.files[file].bytes)
        site.files[file].bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: times).joined()), at: at)
        log.append("insert \(shown(token)) × \(times) into \(name(site, file)) at byte \(at)")
    }

    private mutating func duplicateRange(_ site: inout FuzzSite) {
        guard let file = pickFile(site), !site.files[file].bytes.isEmpty else { return }
        let bytes = site.files[file].bytes
        let start = random.below(bytes.count)
        let end = min(bytes.count, start + 1 + random.below(200))
        let times = 1 + random.below(max(1, min(200, Self.maximumGrowth / (end - start))))
        let slice = Array([ArraySlice<UInt8>](repeating: bytes[start..<end], count: times).joined())
        site.files[file].bytes.insert(contentsOf: slice, at: end)
        log.append("repeat bytes \(start)..<\(end) of \(name(site, file)) \(times) more times")
    }

    /// Nesting that parsers recurse on: YAML flow and block collections, quotes, lists.
    private mutating func nest(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let depth = 1 + random.below(random.chance(70) ? 60 : 2_000)
        let text: String
        switch random.below(5) {
        case 0: text = "nested: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        case 1: text = "nested: " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth) + "\n"
        case 2: text = (0..<min(depth, 300)).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        case 3: text = String(repeating: "> ", count: depth) + "quote\n"
        default: text = (0..<min(depth, 300)).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n"
        }
        let at = position(in: site.files[file].bytes)
        site.files[file].bytes.insert(contentsOf: Array(text.utf8), at: at)
        log.append("insert nesting \(shown(Array(text.utf8))) (depth \(depth)) into \(name(site, file)) at byte \(at)")
    }

    private mutating func changeLineEnds(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let ends: [[UInt8]] = [[0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x0D, 0x0D, 0x0A]]
        let end = random.pick(ends)
        let mixed = random.chance(30)
        var result: [UInt8] = []
        for byte in site.files[file].bytes {
            if byte == 0x0A, !mixed || random.chance(50) { result += end } else { result.append(byte) }
        }
        site.files[file].bytes = result
        log.append("\(mixed ? "some" : "all") line ends of \(name(site, file)) to \(shown(end))")
    }

    private mutating func spliceFromAnotherFile(_ site: inout FuzzSite) {
        guard let target = pickFile(site), let source = pickFile(site), !site.files[source].bytes.isEmpty else { return }
        let bytes = site.files[source].bytes
        let start = random.below(bytes.count)
        let end = min(bytes.count, start + 1 + random.below(300))
        let at = position(in: site.files[target].bytes)
        site.files[target].bytes.insert(contentsOf: bytes[start..<end], at: at)
        log.append("splice bytes \(start)..<\(end) of \(name(site, source)) into \(name(site, target)) at byte \(at)")
    }

    private mutating func editFence(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        var lines = site.files[file].bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let fences = lines.indices.filter { lines[$0] == Array("---".utf8) }
        guard let fence = fences.isEmpty ? nil : random.pick(fences) else { return insertToken(&site) }
        let edits: [[UInt8]?] = [nil, Array("--".utf8), Array("----".utf8), Array("--- x".utf8), Array(" ---".utf8),
                                 Array("...".utf8), Array("---\n---".utf8), Array("---\r".utf8), Array("\u{FEFF}---".utf8)]
        let edit = random.pick(edits)
        if let edit { lines[fence] = edit } else { lines.remove(at: fence) }
        site.files[file].bytes = Array(lines.joined(separator: [0x0A]))
        log.append("fence on line \(fence + 1) of \(name(site, file)) → \(edit.map(shown) ?? "removed")")
    }

    private mutating func truncate(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let at = random.below(site.files[file].bytes.count + 1)
        site.files[file].bytes.removeSubrange(at...)
        log.append("truncate \(name(site, file)) at byte \(at)")
    }

    /// A changed name: a token inserted into one component of the path, or the file moved.
    private mutating func rename(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        let before = name(site, file)
        var components = site.files[file].path.split(separator: UInt8(ascii: "/")).map(Array.init)
        if random.chance(15) {
            components.insert(Array(random.pick(["content", "news", "x", "2026-01-01-x"]).utf8), at: random.below(components.count))
        } else {
            let index = random.below(components.count)
            let token = random.pick(Self.nameTokens)
            components[index].insert(contentsOf: token, at: random.below(components[index].count + 1))
        }
        site.files[file].path = Array(components.joined(separator: [UInt8(ascii: "/")]))
        log.append("rename \(before) to \(name(site, file))")
    }

    /// A second file at a route the first one already has, or differing only in case or form.
    private mutating func addCollidingCopy(_ site: inout FuzzSite) {
        let pages = site.files.indices.filter { site.files[$0].path.starts(with: Array("content/".utf8)) && site.files[$0].path.count > 11 }
        guard !pages.isEmpty else { return addFile(&site) }
        let original = random.pick(pages)
        let path = site.files[original].path
        let stem = Array(path.dropLast(3))
        let copies: [[UInt8]] = [stem + Array("/index.md".utf8), stem + Array(".MD".utf8), stem.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 } + Array(".md".utf8),
                                 stem + Array(".markdown".utf8), stem + Array(".html".utf8), stem + Array(" .md".utf8)]
        let copy = random.pick(copies)
        site.files.append((copy, site.files[original].bytes))
        log.append("copy \(name(site, original)) to \(name(site, site.files.count - 1))")
    }

    private mutating func addFile(_ site: inout FuzzSite) {
        let folder = random.pick(["content/", "content/news/", "content/publications/", "assets/", "templates/", "content/deep/a/b/c/"])
        var fileName = Array("new".utf8)
        if random.chance(50) { fileName.insert(contentsOf: random.pick(Self.nameTokens), at: random.below(4)) }
        fileName += Array(random.pick([".md", ".md", ".html", ".yml", ".css", ".mustache", ""]).utf8)
        var bytes: [UInt8] = []
        for _ in 0..<random.below(12) {
            bytes += random.chance(50) ? random.pick(Self.tokens) : Array(random.pick(Self.values).utf8)
        }
        site.files.append((Array(folder.utf8) + fileName, bytes))
        log.append("add \(name(site, site.files.count - 1)) holding \(shown(bytes))")
    }

    private mutating func removeFile(_ site: inout FuzzSite) {
        guard let file = pickFile(site) else { return }
        log.append("remove \(name(site, file))")
        site.files.remove(at: file)
    }
}
