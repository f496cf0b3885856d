import Diagnostics

/// One `name = value` of an entry.
public struct BibField: Sendable, Hashable {
    /// The field name, lower-cased.
    public var name: String
    /// The value after `@string` expansion and `#` concatenation, with inner braces as written,
    /// each run of white space (line breaks included) made one space and the ends trimmed, as
    /// BibTeX stores it. Month macros (`jan`…`dec`) expand to the month number, `1`…`12`.
    public var value: String
    public var nameLocation: SourceLocation
    /// Where the value's first piece starts (its `{`, `"`, digit or macro name).
    public var valueLocation: SourceLocation
    /// The key of the entry this field was inherited from (`crossref` or `xdata`), nil when
    /// written in the entry itself.
    public var inheritedFrom: String?

    public init(name: String, value: String, nameLocation: SourceLocation, valueLocation: SourceLocation, inheritedFrom: String? = nil) {
        self.name = name
        self.value = value
        self.nameLocation = nameLocation
        self.valueLocation = valueLocation
        self.inheritedFrom = inheritedFrom
    }
}

/// One `@type{key, fields…}` of a `.bib` file.
public struct BibEntry: Sendable, Hashable {
    /// The entry type, lower-cased: one of `BibEntryTypes.known`, or `other` for any other type.
    public var type: String
    /// The type as written, lower-cased (`conference`, or the unknown type kept as `other`).
    public var writtenType: String
    public var key: String
    /// The fields in file order; inherited fields follow the entry's own.
    public var fields: [BibField]
    /// Where the entry's `@` is.
    public var location: SourceLocation

    public init(type: String, writtenType: String, key: String, fields: [BibField], location: SourceLocation) {
        self.type = type
        self.writtenType = writtenType
        self.key = key
        self.fields = fields
        self.location = location
    }

    /// The field named `name` (lower-case), if the entry has it.
    public func field(_ name: String) -> BibField? {
        fields.first { $0.name == name }
    }

    /// The value of the field named `name` (lower-case), if the entry has it.
    public subscript(_ name: String) -> String? {
        field(name)?.value
    }
}

/// A `@preamble{…}`'s text (after `#` concatenation), for the LaTeX stage's `\def`s.
public struct BibPreamble: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// What a `.bib` file holds: its entries in file order, its preambles, and the problems found.
public struct BibFile: Sendable {
    public var path: String
    public var entries: [BibEntry]
    public var preambles: [BibPreamble]
    public var diagnostics: [Diagnostic]
    /// The file's lines, for the caret line of later diagnostics.
    public let lines: LineIndex

    public init(path: String, entries: [BibEntry], preambles: [BibPreamble], diagnostics: [Diagnostic], lines: LineIndex) {
        self.path = path
        self.entries = entries
        self.preambles = preambles
        self.diagnostics = diagnostics
        self.lines = lines
    }

    /// A diagnostic at `location` of this file, with its line for the caret.
    public func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity, message, at: location, sourceLine: lines.line(location.line))
    }
}
