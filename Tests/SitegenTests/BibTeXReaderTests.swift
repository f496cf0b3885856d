import BibTeX
import Diagnostics
import Testing

/// The reader on `BibTeXFixture.tricky`, entry by entry and field by field, and every
/// diagnostic with its text and position.
@Suite struct BibTeXReaderTests {
    static let file = BibTeXReader.read(BibTeXFixture.tricky, path: BibTeXFixture.path)

    /// `name = value @ name position / value position`, with `< parent` for inherited fields.
    static func fields(of key: String, in file: BibFile = file) -> [String] {
        guard let entry = file.entries.first(where: { $0.key == key }) else { return ["no entry \(key)"] }
        return entry.fields.map { field in
            let inherited = field.inheritedFrom.map { " < \($0)" } ?? ""
            return "\(field.name) = \(field.value) @ \(field.nameLocation.line):\(field.nameLocation.column)"
                + "/\(field.valueLocation.line):\(field.valueLocation.column)\(inherited)"
        }
    }

    @Test func entriesAreInFileOrderWithTypeKeyAndPosition() {
        let entries = Self.file.entries.map { "\($0.type) \($0.writtenType) \($0.key) \($0.location)" }
        #expect(entries == [
            "article article smith:2020/a+b.c-d content/publications.bib:8:1",
            "inproceedings inproceedings müller-ü content/publications.bib:18:1",
            "proceedings proceedings proc21 content/publications.bib:24:1",
            "book book bk content/publications.bib:34:1",
            "inbook inbook chap content/publications.bib:36:1",
            "misc misc undef content/publications.bib:37:1",
            "other thing odd content/publications.bib:39:1",
            "misc misc notitle content/publications.bib:40:1",
            "misc misc nodate content/publications.bib:41:1",
            "misc misc missing content/publications.bib:42:1",
            "misc misc cyc1 content/publications.bib:43:1",
            "misc misc cyc2 content/publications.bib:44:1",
            "misc misc after content/publications.bib:47:3",
            "misc misc dupfield content/publications.bib:48:1",
            "misc misc last content/publications.bib:50:1",
        ])
    }

    @Test func macrosConcatenationMonthsQuotesAndBracesInOneEntry() {
        #expect(Self.fields(of: "smith:2020/a+b.c-d") == [
            #"title = The {ReLU} {{Deep}} "Quoted" Title @ 9:3/9:11"#,
            #"author = M{\"u}ller, J. and {Barnes and Noble} @ 10:3/10:12"#,
            "journal = ACM Transactions @ 11:3/11:13",
            "year = 2020 @ 12:3/12:10",
            "month = 3 @ 13:3/13:11",
            #"note = a {"quote"} inside @ 14:3/14:10"#,
            "pages = 1--10 @ 15:3/15:11",
        ])
    }

    @Test func parenthesesSpacesAndTrailingCommas() {
        #expect(Self.fields(of: "after") == [
            "title = After @ 47:19/47:27",
            "year = 2013 @ 47:37/47:44",
            "month = 12 @ 47:51/47:59",
        ])
    }

    @Test func crossrefFromProceedingsGivesBooktitleAndKeepsEditorsAsEditors() {
        #expect(Self.fields(of: "müller-ü") == [
            "title = Child paper @ 19:3/19:11",
            "author = Doe, Jane @ 20:3/20:12",
            "year = 2021 @ 21:3/21:10",
            "crossref = proc21 @ 22:3/22:14",
            "editor = Roe, Rich @ 27:3/27:12 < proc21",
            "publisher = Proc. of ACM @ 29:3/29:15 < proc21",
            "booktitle = Proceedings of Things @ 25:3/25:11 < proc21",
            "booksubtitle = Sub @ 26:3/26:14 < proc21",
        ])
    }

    @Test func theParentStaysAnEntryOfItsOwn() {
        #expect(Self.fields(of: "proc21") == [
            "title = Proceedings of Things @ 25:3/25:11",
            "subtitle = Sub @ 26:3/26:14",
            "editor = Roe, Rich @ 27:3/27:12",
            "year = 2021 @ 28:3/28:10",
            "publisher = Proc. of ACM @ 29:3/29:15",
            "shorttitle = PoT @ 30:3/30:16",
            "pdf = proc.pdf @ 31:3/31:9",
        ])
    }

    @Test func xdataLendsFieldsAndIsNotListed() {
        #expect(Self.fields(of: "bk") == [
            "title = A multi-line title @ 34:11/34:19",
            "date = 2021-03-04 @ 35:15/35:22",
            "xdata = pubinfo @ 35:36/35:44",
            "location = Paris @ 35:55/35:64",
            "publisher = Springer @ 33:17/33:29 < pubinfo",
        ])
        #expect(!Self.file.entries.contains { $0.key == "pubinfo" })
    }

    @Test func crossrefChainsThroughABookWithItsXdata() {
        #expect(Self.fields(of: "chap") == [
            "title = Chapter @ 36:15/36:23",
            "year = 2022 @ 36:34/36:41",
            "crossref = bk @ 36:47/36:58",
            "date = 2021-03-04 @ 35:15/35:22 < bk",
            "location = Paris @ 35:55/35:64 < bk",
            "publisher = Springer @ 33:17/33:29 < bk",
            "booktitle = A multi-line title @ 34:11/34:19 < bk",
        ])
    }

    @Test func undefinedMacroKeepsItsName() {
        #expect(Self.fields(of: "undef").last == "howpublished = nomacro x @ 37:40/37:55")
    }

    @Test func duplicateFieldKeepsTheFirst() {
        #expect(Self.fields(of: "dupfield") == ["title = One @ 48:17/48:25", "year = 2012 @ 48:47/48:54"])
    }

    @Test func preamblesAreKeptWithTheirPositions() {
        #expect(Self.file.preambles == [BibPreamble(text: #"\newcommand{\noopsort}[1]{} \def\sg{SG}"#, location: SourceLocation(path: BibTeXFixture.path, line: 4, column: 1))])
    }

    @Test func everyDiagnosticWithTextAndPosition() {
        let listed = BibEntryValidation.listableEntries(of: Self.file)
        #expect(DiagnosticFormatter.format(listed.diagnostics.sortedByLocation()) == """
            content/publications.bib:7:29: error: expected '{' or '(' after '@example.org'
             7 | Contact: someone@example.org
               |                             ^
            content/publications.bib:37:55: warning: undefined @string 'nomacro': kept as text
             37 | @misc{undef, title = "T", year = 2019, howpublished = nomacro # " x"}
                |                                                       ^
            content/publications.bib:38:1: warning: duplicate key 'Smith:2020/A+B.C-D': the entry at content/publications.bib:8:1 is kept, this one is ignored
             38 | @misc{Smith:2020/A+B.C-D, title = {dup}, year = 2020}
                | ^
            content/publications.bib:39:1: warning: unknown entry type '@thing': read as 'other'
             39 | @thing{odd, title = {Odd}, year = 2018}
                | ^
            content/publications.bib:40:1: warning: entry 'notitle' has no title: it is left out
             40 | @misc{notitle, year = 2017}
                | ^
            content/publications.bib:41:1: warning: entry 'nodate' has no year or date: it is left out
             41 | @misc{nodate, title = {No date}}
                | ^
            content/publications.bib:42:53: warning: crossref 'nowhere' names no entry of this file
             42 | @misc{missing, title = {M}, year = 2016, crossref = {nowhere}}
                |                                                     ^
            content/publications.bib:44:1: error: crossref cycle: cyc1 → cyc2 → cyc1
             44 | @misc{cyc2, title = {C2}, year = 2015, crossref = {cyc1}}
                | ^
            content/publications.bib:45:35: error: expected ',' or '}' after the value of 'title'
             45 | @article{broken, title = {Broken} year = 2014}
                |                                   ^
            content/publications.bib:48:32: warning: duplicate field 'title' in 'dupfield': the first, at line 48, is kept
             48 | @misc{dupfield, title = {One}, title = {Two}, year = 2012}
                |                                ^
            content/publications.bib:49:25: error: this '{' is never closed
             49 | @misc{unclosed, title = {Never {closed, year = 2011}
                |                         ^
            """)
        #expect(listed.entries.map(\.key) == Self.file.entries.map(\.key).filter { $0 != "notitle" && $0 != "nodate" })
    }
}
