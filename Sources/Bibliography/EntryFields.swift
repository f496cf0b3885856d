import Foundation
import BibTeX
import Diagnostics
import LaTeX
import Models
import TeXMath

/// One entry's fields as the mapper reads them: converted from LaTeX, with the macros that
/// could not be shown remembered for one warning per entry, and diagnostics at fields.
struct EntryFields {
    let entry: BibEntry
    let file: BibFile
    let converter: LaTeXConverter
    let mathMacros: MathMacros
    private(set) var diagnostics: [Diagnostic] = []
    /// Macros shown by their name, each once, in order of first use.
    private(set) var unshownMacros: [String] = []
    /// The first field that used one, where the warning points.
    private(set) var firstUnshownField: BibField?

    init(entry: BibEntry, file: BibFile, converter: LaTeXConverter, mathMacros: MathMacros = .none) {
        self.entry = entry
        self.file = file
        self.converter = converter
        self.mathMacros = mathMacros
    }

    /// The field's raw value, trimmed; nil when absent or empty.
    func raw(_ name: String) -> String? {
        guard let value = entry[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The first of `names` the entry has, as display text.
    mutating func text(_ names: String...) -> DisplayText? {
        for name in names {
            guard let field = entry.field(name), raw(name) != nil else { continue }
            let text = convert(field.value, of: field)
            checkFormulas(of: text, in: field)
            return text
        }
        return nil
    }

    /// A warning for each problem of the text's formulas (shown as their TeX source), where the
    /// offending part is written in the field, or at the field's value.
    mutating func checkFormulas(of text: DisplayText, in field: BibField) {
        for run in text.runs where run.kind == .math {
            for problem in MathPage.inline(run.content, macros: mathMacros).problems {
                let start = field.valueLocation
                let place = file.lines.firstPlace(of: problem.part(of: run.content), inValue: field.value, from: start) ?? start
                diagnostics.append(file.diagnostic(
                    .warning, "entry '\(entry.key)': \(problem.message); the formula is shown as its TeX source", at: place))
            }
        }
    }

    /// The first of `names` the entry has, as plain text (trimmed).
    mutating func plain(_ names: String...) -> String? {
        for name in names {
            guard let field = entry.field(name), raw(name) != nil else { continue }
            let text = convert(field.value, of: field).plainText.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// `value`, a piece of `field`, as display text; its unshown macros are remembered.
    mutating func convert(_ value: String, of field: BibField) -> DisplayText {
        let converted = converter.convert(value)
        for name in converted.unknownMacros + converted.unexpandedMacros where !unshownMacros.contains(name) {
            unshownMacros.append(name)
            if firstUnshownField == nil { firstUnshownField = field }
        }
        return converted
    }

    /// The names of `author` or `editor`, each part converted, markers stripped.
    mutating func names(_ name: String) -> [PublicationAuthor] {
        guard let field = entry.field(name) else { return [] }
        return BibNameParser.names(in: field.value).map { written in
            guard !written.isOthers else { return .others }
            let parts = [written.first, written.von, written.last, written.jr].map { Self.markerText(convert($0, of: field)) }
            return PublicationAuthor(parts: BibName(first: parts[0], von: parts[1], last: parts[2], jr: parts[3]))
        }
    }

    /// Math marker macros and the characters they stand for.
    private static let markerMacros = [("\\ddagger", "‡"), ("\\dagger", "†"), ("\\ast", "∗"), ("\\S", "§"), ("\\P", "¶"), ("\\|", "‖")]

    /// A name part's plain text, where math that is only author markers (`$^\dagger$`,
    /// `$^{*\ddagger}$`) shows as the markers, so that they can be stripped.
    static func markerText(_ text: DisplayText) -> String {
        text.runs.map { run in
            guard run.kind == .math else { return run.content }
            var markers = run.content
            for (macro, character) in markerMacros {
                markers = markers.replacingOccurrences(of: macro, with: character)
            }
            markers.removeAll { $0 == "^" || $0 == "{" || $0 == "}" || $0 == " " }
            let isMarkers = !markers.isEmpty && markers.allSatisfy(PublicationAuthor.markerCharacters.contains)
            return isMarkers ? markers : run.content
        }.joined()
    }

    mutating func warning(_ message: String, at field: BibField) {
        diagnostics.append(file.diagnostic(.warning, message, at: field.valueLocation))
    }

    mutating func error(_ message: String, at field: BibField) {
        diagnostics.append(file.diagnostic(.error, message, at: field.valueLocation))
    }

    /// The one warning about macros shown by their name, if any were.
    mutating func reportUnshownMacros() {
        guard let field = firstUnshownField else { return }
        let list = unshownMacros.map { "\\" + $0 }.joined(separator: ", ")
        let noun = unshownMacros.count == 1 ? "macro" : "macros"
        warning("entry '\(entry.key)' uses the LaTeX \(noun) \(list), which sitegen does not know: shown by name; "
                + "define it in a @preamble or write the characters themselves", at: field)
    }
}
