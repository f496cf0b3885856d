import Diagnostics

/// Reads the commands of a `.bib` file one by one, in order: `@string`, `@preamble`, `@comment`
/// and entries. A syntax error loses only the command it is in: reading resumes at the next
/// line starting with `@`. The only state carried from one command to the next is the
/// `@string` macros, so reading can start at any command's `@` given the macros there.
struct BibParser {
    /// What `month = jan` means when the file does not define `jan`: the month's number.
    static let monthMacros: [String: String] = [
        "jan": "1", "feb": "2", "mar": "3", "apr": "4", "may": "5", "jun": "6",
        "jul": "7", "aug": "8", "sep": "9", "oct": "10", "nov": "11", "dec": "12",
    ]

    private var scanner: BibScanner
    private let path: String
    private let lines: LineIndex
    private var positions: PositionCursor
    /// The `@string` macros defined so far.
    private(set) var macros = monthMacros
    private var value = ValueBuffer()
    /// The closing delimiter of the command being read: `}` or `)`.
    private var closing = UInt8(ascii: "}")
    /// What the command being read made, and its diagnostics.
    private var made = BibCommand.Made.nothing
    private var diagnostics: [Diagnostic] = []
    private var mentionsLines = false
    /// How many commands this parser read.
    private(set) var commandsRead = 0

    init(bytes: [UInt8], path: String, lines: LineIndex) {
        self.scanner = BibScanner(bytes: bytes)
        self.path = path
        self.lines = lines
        self.positions = PositionCursor(bytes: bytes, lines: lines)
    }

    /// Goes on reading at byte `offset`, the `@` of a command, with the macros defined before it.
    mutating func resume(at offset: Int, macros: [String: String]) {
        scanner.offset = offset
        self.macros = macros
        positions = PositionCursor(bytes: scanner.bytes, lines: lines, from: offset)
    }

    /// Moves to the next command's `@` and returns where it is, or nil at the end of the file.
    mutating func nextStart() -> Int? {
        scanner.moveToNextAt() ? scanner.offset : nil
    }

    /// Reads the command whose `@` is at `start`, where the last `nextStart()` stopped.
    mutating func readCommand(at start: Int) -> BibCommand {
        let before = macros
        commandsRead += 1
        made = .nothing
        diagnostics = []
        mentionsLines = false
        var reach: Int
        do {
            try command(at: start)
            reach = scanner.offset + 1
        } catch let error as BibSyntaxError {
            reach = scanner.offset + 1
            report(.error, error.message, atByte: error.offset)
            scanner.resynchronise(after: start)
        } catch {
            reach = scanner.offset + 1
            scanner.resynchronise(after: start)
        }
        return BibCommand(start: start, reach: reach, macros: before, made: made, diagnostics: diagnostics, mentionsLines: mentionsLines)
    }

    /// Every command from where the parser is to the end of the file.
    mutating func readAll() -> [BibCommand] {
        var commands: [BibCommand] = []
        while let start = nextStart() { commands.append(readCommand(at: start)) }
        return commands
    }

    private mutating func location(ofByte offset: Int) -> SourceLocation {
        let (line, column) = positions.position(ofByte: offset)
        return SourceLocation(path: path, line: line, column: column)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, atByte offset: Int) {
        report(severity, message, at: location(ofByte: offset))
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity, message, at: location, sourceLine: lines.line(location.line)))
    }

    private mutating func command(at start: Int) throws {
        scanner.offset += 1
        scanner.skipWhitespace()
        guard let typeBytes = scanner.identifier() else {
            throw BibSyntaxError(message: "expected an entry type after '@'", offset: scanner.offset)
        }
        let (written, type) = (scanner.text(typeBytes), scanner.lowercasedText(typeBytes))
        let afterType = scanner.offset
        scanner.skipWhitespace()
        let opening = scanner.current
        if type == "comment" {
            if opening == UInt8(ascii: "{") || opening == UInt8(ascii: "(") { try scanner.skipBlock() } else { scanner.skipLine() }
            return
        }
        guard opening == UInt8(ascii: "{") || opening == UInt8(ascii: "(") else {
            throw BibSyntaxError(message: "expected '{' or '(' after '@\(written)'", offset: afterType)
        }
        closing = opening == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        scanner.offset += 1
        switch type {
        case "string": try stringCommand(start: start, closing: closing)
        case "preamble": try preambleCommand(start: start, closing: closing)
        default: try entry(start: start, writtenType: type, closing: closing)
        }
    }

    /// `@string{name = value, …}`: each name becomes a macro (BibTeX takes one; more are allowed).
    private mutating func stringCommand(start: Int, closing: UInt8) throws {
        while true {
            scanner.skipWhitespace()
            if scanner.current == closing { scanner.offset += 1; return }
            let (name, _) = try fieldName(start: start, closing: closing)
            let expanded = try valueExpression(of: name, start: start)
            macros[name] = expanded
            guard try separator(after: name, start: start, closing: closing) else { return }
        }
    }

    private mutating func preambleCommand(start: Int, closing: UInt8) throws {
        scanner.skipWhitespace()
        let text = try valueExpression(of: "@preamble", start: start)
        scanner.skipWhitespace()
        guard scanner.current == closing else { throw expected(closing, after: "the @preamble's text", start: start) }
        scanner.offset += 1
        made = .preamble(BibPreamble(text: text, location: location(ofByte: start)))
    }

    private mutating func entry(start: Int, writtenType: String, closing: UInt8) throws {
        let entryLocation = location(ofByte: start)
        scanner.skipWhitespace()
        let keyOffset = scanner.offset
        let key = scanner.key(closing: closing)
        guard !key.isEmpty else {
            if scanner.isAtEnd { throw neverClosed(start: start, closing: closing) }
            throw BibSyntaxError(message: "expected the entry's key after '@\(writtenType){'", offset: keyOffset)
        }
        scanner.skipWhitespace()
        var fields: [BibField] = []
        if scanner.current == closing {
            scanner.offset += 1
        } else {
            guard scanner.current == UInt8(ascii: ",") else { throw expected(UInt8(ascii: ","), after: "the key '\(key)'", start: start) }
            scanner.offset += 1
            fields = try entryFields(key: key, start: start, closing: closing)
        }
        made = .entry(BibEntry(type: writtenType, writtenType: writtenType, key: key, fields: fields, location: entryLocation))
    }

    private mutating func entryFields(key: String, start: Int, closing: UInt8) throws -> [BibField] {
        var fields: [BibField] = []
        var indexByName: [String: Int] = [:]
        while true {
            scanner.skipWhitespace()
            if scanner.current == closing { scanner.offset += 1; return fields }
            let (name, nameOffset) = try fieldName(start: start, closing: closing)
            let valueOffset = scanner.offset
            let text = try valueExpression(of: name, start: start)
            let field = BibField(name: name, value: text, nameLocation: location(ofByte: nameOffset), valueLocation: location(ofByte: valueOffset))
            if let first = indexByName[name] {
                report(.warning, "duplicate field '\(name)' in '\(key)': the first, at line \(fields[first].nameLocation.line), is kept", at: field.nameLocation)
                mentionsLines = true
            } else {
                indexByName[name] = fields.count
                fields.append(field)
            }
            guard try separator(after: name, start: start, closing: closing) else { return fields }
        }
    }

    /// `name =`, with the name lower-cased and where it starts; the scanner is left at the value.
    private mutating func fieldName(start: Int, closing: UInt8) throws -> (String, Int) {
        let nameOffset = scanner.offset
        guard let nameBytes = scanner.identifier() else {
            if scanner.isAtEnd { throw neverClosed(start: start, closing: closing) }
            throw BibSyntaxError(message: "expected a field name or '\(Character(Unicode.Scalar(closing)))'", offset: nameOffset)
        }
        let name = scanner.lowercasedText(nameBytes)
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "=") else { throw expected(UInt8(ascii: "="), after: "'\(name)'", start: start) }
        scanner.offset += 1
        scanner.skipWhitespace()
        return (name, nameOffset)
    }

    /// After a value: true after a comma (more may follow), false at the closing delimiter.
    private mutating func separator(after name: String, start: Int, closing: UInt8) throws -> Bool {
        scanner.skipWhitespace()
        if scanner.current == UInt8(ascii: ",") { scanner.offset += 1; return true }
        if scanner.current == closing { scanner.offset += 1; return false }
        if scanner.isAtEnd { throw neverClosed(start: start, closing: closing) }
        throw BibSyntaxError(
            message: "expected ',' or '\(Character(Unicode.Scalar(closing)))' after the value of '\(name)'", offset: scanner.offset)
    }

    /// `piece # piece # …` starting here, expanded: braced and quoted text, numbers, macros.
    private mutating func valueExpression(of name: String, start: Int) throws -> String {
        value.reset()
        while true {
            let pieceOffset = scanner.offset
            switch scanner.current {
            case UInt8(ascii: "{"): try scanner.braced(into: &value)
            case UInt8(ascii: "\""): try scanner.quoted(into: &value)
            case let byte? where BibScanner.isDigit(byte): scanner.number(into: &value)
            default:
                guard let macro = scanner.identifier() else {
                    throw BibSyntaxError(
                        message: "expected the value of '\(name)': '{', '\"', a number or a @string name", offset: pieceOffset)
                }
                if let expansion = macros[scanner.lowercasedText(macro)] {
                    value.append(expansion)
                } else {
                    let written = scanner.text(macro)
                    report(.warning, "undefined @string '\(written)': kept as text", atByte: pieceOffset)
                    value.append(written)
                }
            }
            scanner.skipWhitespace()
            guard scanner.current == UInt8(ascii: "#") else { return value.text }
            scanner.offset += 1
            scanner.skipWhitespace()
        }
    }

    private func expected(_ byte: UInt8, after what: String, start: Int) -> BibSyntaxError {
        if scanner.isAtEnd { return neverClosed(start: start, closing: closing) }
        return BibSyntaxError(message: "expected '\(Character(Unicode.Scalar(byte)))' after \(what)", offset: scanner.offset)
    }

    private func neverClosed(start: Int, closing: UInt8) -> BibSyntaxError {
        BibSyntaxError(message: "this entry is never closed: the file ends before its '\(Character(Unicode.Scalar(closing)))'", offset: start)
    }
}
