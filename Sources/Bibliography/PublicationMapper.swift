import BibTeX
import Diagnostics
import Foundation
import LaTeX
import Models
import TeXMath

/// Turns the entries of one `.bib` file into publications: every shown value through the
/// LaTeX converter (with the file's `@preamble` macros), names split and their markers
/// stripped, the type made a kind, the date read, the venue and its details, al-folio's fields,
/// links from identifiers, and the entry written back as BibTeX.
public struct PublicationMapper: Sendable {
    public let file: BibFile
    public let converter: LaTeXConverter
    /// The site's `math_macros`, which the formulas of titles and abstracts are checked with.
    public let mathMacros: MathMacros

    /// A mapper for the entries of `file`, with the macros its preambles define.
    public init(file: BibFile, mathMacros: MathMacros = .none) {
        var macros = LaTeXMacros()
        for preamble in file.preambles {
            macros.addDefinitions(fromPreamble: preamble.text)
        }
        self.file = file
        self.mathMacros = mathMacros
        converter = LaTeXConverter(macros: macros)
    }

    /// The entry's publication, and what is wrong with it; nil (with an error) when its year or
    /// date cannot be read. The entry is one of `BibEntryValidation.listableEntries`.
    public func map(_ entry: BibEntry) -> (publication: Publication?, diagnostics: [Diagnostic]) {
        var fields = EntryFields(entry: entry, file: file, converter: converter, mathMacros: mathMacros)
        var result: Publication?
        if let reading = date(of: &fields) {
            result = publication(entry, date: reading, fields: &fields)
        }
        fields.reportUnshownMacros()
        return (result, fields.diagnostics)
    }

    private func publication(_ entry: BibEntry, date: PublicationDates.Reading, fields: inout EntryFields) -> Publication {
        let journal = fields.plain("journaltitle", "journal")
        let hasEprint = fields.raw("eprint") != nil || fields.raw("arxiv") != nil
        var publication = Publication(authors: fields.names("author"), date: date.date, kind: PublicationKinds.kind(of: entry, journal: journal, hasEprint: hasEprint))
        publication.datePrecision = date.precision
        publication.editors = fields.names("editor")
        publication.styledTitle = fields.text("title")
        for name in PublicationKinds.venueFields(of: entry) {
            if let venue = fields.text(name), !venue.plainText.isEmpty {
                publication.venue = venue
                break
            }
        }
        publication.details = details(of: entry, fields: &fields)
        publication.links = PublicationLinks.links(of: &fields)
        publication.files = PublicationFiles.files(of: &fields)
        publication.abstract = fields.text("abstract")
        publication.selected = flag("selected", fields: &fields)
        publication.hidden = flag("hidden", fields: &fields)
        publication.bibtexShow = flag("bibtex_show", fields: &fields)
        publication.badge = fields.plain("abbr")
        publication.preview = preview(fields: &fields)
        publication.award = fields.text("award")
        publication.awardName = fields.plain("award_name")
        publication.note = fields.text("note")
        publication.annotation = fields.text("annotation")
        publication.additionalInfo = fields.text("additional_info")
        publication.keywords = keywords(fields: &fields)
        publication.maxAuthors = maxAuthors(fields: &fields)
        publication.bibtex = BibTeXRecord(key: entry.key, text: BibTeXWriter.write(entry), sourcePath: file.path)
        return publication
    }

    /// `date`, else `year` and `month`; an error at the field when the one used cannot be read.
    private func date(of fields: inout EntryFields) -> PublicationDates.Reading? {
        let entry = fields.entry
        if let field = entry.field("date"), fields.raw("date") != nil {
            let text = fields.plain("date") ?? ""
            guard let reading = PublicationDates.date(text) else {
                fields.error("entry '\(entry.key)' has the date '\(text)', which is not a date such as 2021, 2021-03 or 2021-03-04 "
                             + "(or a range such as 2021-03/2021-05); the entry is left out", at: field)
                return nil
            }
            return reading
        }
        guard let field = entry.field("year") else { return nil }
        let text = fields.plain("year") ?? ""
        guard let year = PublicationDates.year(text) else {
            fields.error("entry '\(entry.key)' has the year '\(text)', which is not a year such as 2021; the entry is left out", at: field)
            return nil
        }
        guard let monthField = entry.field("month"), let monthText = fields.plain("month") else {
            return PublicationDates.Reading(date: ContentDate(year: year, month: 1, day: 1), precision: .year)
        }
        guard let month = PublicationDates.month(monthText) else {
            fields.warning("entry '\(entry.key)' has the month '\(monthText)', which is not a month such as 3, mar or March; "
                           + "the year alone is shown", at: monthField)
            return PublicationDates.Reading(date: ContentDate(year: year, month: 1, day: 1), precision: .year)
        }
        return PublicationDates.Reading(date: ContentDate(year: year, month: month, day: 1), precision: .month)
    }

    private func details(of entry: BibEntry, fields: inout EntryFields) -> PublicationDetails {
        var details = PublicationDetails()
        details.volume = fields.plain("volume")
        details.number = fields.plain("number", "issue")
        details.pages = fields.plain("pages")
        details.chapter = fields.plain("chapter")
        details.edition = fields.plain("edition")
        details.series = fields.plain("series")
        details.publisher = fields.plain("publisher")
        details.place = fields.plain("address", "location")
        details.institution = fields.plain("institution", "school")
        details.typeLabel = PublicationKinds.typeLabel(of: entry, written: fields.plain("type"))
        details.howPublished = fields.plain("howpublished")
        details.isbn = fields.plain("isbn")
        details.issn = fields.plain("issn")
        details.language = fields.plain("language", "langid")
        return details
    }

    /// `true`/`yes` or `false`/`no` in any case; anything else is a warning, read as false.
    private func flag(_ name: String, fields: inout EntryFields) -> Bool {
        guard let field = fields.entry.field(name), let text = fields.plain(name) else { return false }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fields.warning("'\(name)' of entry '\(fields.entry.key)' is '\(text)'; expected true, false, yes or no (read as false)", at: field)
            return false
        }
    }

    /// al-folio's folder of preview images, for a `preview` given as a file name.
    static let previewFolder = "/assets/img/publication_preview/"

    /// `preview`: an http(s) URL, a root-relative path, or a name in al-folio's preview folder.
    private func preview(fields: inout EntryFields) -> WebURL? {
        guard let field = fields.entry.field("preview"), fields.raw("preview") != nil else { return nil }
        let value = PublicationLinks.urlText(field.value)
        let text = PublicationLinks.isWebURL(value) || value.hasPrefix("/") ? value : Self.previewFolder + value
        guard case .success(let url) = WebURL.check(text, for: .image) else {
            fields.warning("'\(value)' in 'preview' of entry '\(fields.entry.key)' is not an image URL or path that can be shown; "
                           + "the preview is left out", at: field)
            return nil
        }
        return url
    }

    /// `keywords` and `tags`, split at commas and semicolons.
    private func keywords(fields: inout EntryFields) -> [String] {
        var keywords: [String] = []
        for name in ["keywords", "tags"] {
            guard let text = fields.plain(name) else { continue }
            for word in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let keyword = word.trimmingCharacters(in: .whitespaces)
                if !keyword.isEmpty, !keywords.contains(keyword) { keywords.append(keyword) }
            }
        }
        return keywords
    }

    /// `max_authors`: a whole number, 1 or more.
    private func maxAuthors(fields: inout EntryFields) -> Int? {
        guard let field = fields.entry.field("max_authors"), let text = fields.plain("max_authors") else { return nil }
        guard let count = Int(text), count >= 1 else {
            fields.warning("'max_authors' of entry '\(fields.entry.key)' is '\(text)'; expected a whole number, 1 or more (ignored)", at: field)
            return nil
        }
        return count
    }
}
