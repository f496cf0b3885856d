import Diagnostics
import Testing
@testable import Models
@testable import YAML

/// Which values each field takes: free text takes numbers as written, names and e-mail
/// addresses refuse numbers and booleans, and one text where a list of names is expected is
/// split at ` and ` (refused when it holds a comma).
@Suite struct TypeStrictnessTests {
    /// Decodes front matter of a file at `path`; YAML line 1 is the file's line 2.
    func page(_ yaml: String, at path: String = "content/a.md") throws -> (page: PageFrontMatter?, messages: [String]) {
        let file = "---\n" + yaml + "---\nbody\n"
        let decoder = YAMLDecoder(path: path, lineOffset: 1, lines: LineIndex(text: file))
        let root = try YAMLParser().parse(yaml)
        let page = PageFrontMatter.decode(root, decoder: decoder, context: PageContext(path: path))
        return (page, decoder.diagnostics.map(\.headline))
    }

    func siteConfig(_ yaml: String) throws -> (config: SiteConfig?, messages: [String]) {
        let decoder = YAMLDecoder(path: "site.yml", lines: LineIndex(text: yaml))
        let config = SiteConfig.decode(try YAMLParser().parse(yaml), decoder: decoder, defaultTitle: "x")
        return (config, decoder.diagnostics.map(\.headline))
    }

    func publication(_ yaml: String) throws -> Publication? {
        guard case .publication(let publication)? = try page(yaml, at: "content/publications/p.md").page?.model else { return nil }
        return publication
    }

    static func quoteHint(_ position: String, _ kind: String, _ written: String) -> String {
        "\(position): error: expected text, found \(kind) (\(written)); write \"\(written)\" in quotes if it is meant as text"
    }

    @Test func freeTextTakesNumbersAsWritten() throws {
        let (page, messages) = try page("title: 2001\nyear: 2024\nauthors: [A. Author]\nvenue: 12\nabstract: 1.50\n", at: "content/publications/p.md")
        #expect(messages == [])
        #expect(page?.title == "2001")
        guard case .publication(let publication)? = page?.model else { Issue.record("not a publication"); return }
        #expect(publication.venue?.plainText == "12")
        #expect(publication.abstract?.plainText == "1.50")
    }

    @Test(arguments: [
        ("title: true\n", Self.quoteHint("content/a.md:2:8", "a boolean", "true")),
        ("description: false\n", Self.quoteHint("content/a.md:2:14", "a boolean", "false")),
        ("slug: True\n", Self.quoteHint("content/a.md:2:7", "a boolean", "True")),
    ])
    func aBooleanIsNeverText(yaml: String, message: String) throws {
        #expect(try page(yaml).messages == [message])
    }

    @Test(arguments: [
        ("content/publications/p.md", "title: T\nyear: 2024\nauthors: 42\n", Self.quoteHint("content/publications/p.md:4:10", "a number", "42")),
        ("content/publications/p.md", "title: T\nyear: 2024\nauthors: [Ana Costa, 42]\n", Self.quoteHint("content/publications/p.md:4:22", "a number", "42")),
        ("content/publications/p.md", "title: T\nyear: 2024\nauthors: [true]\n", Self.quoteHint("content/publications/p.md:4:11", "a boolean", "true")),
        ("content/seminars/s.md", "date: 2026-01-01\ntalks:\n  - {title: T, speaker: 42}\n", Self.quoteHint("content/seminars/s.md:4:25", "a number", "42")),
        ("content/seminars/s.md", "date: 2026-01-01\nfirst_seminar_title: T\nfirst_seminar_speaker: 7.5\n", Self.quoteHint("content/seminars/s.md:4:24", "a number", "7.5")),
        ("content/p.md", "title: T\nkind: phd-project\nstudent: 42\n", Self.quoteHint("content/p.md:4:10", "a number", "42")),
        ("content/p.md", "title: T\nkind: phd-project\nsupervisors: 42\n", Self.quoteHint("content/p.md:4:14", "a number", "42")),
        ("content/p.md", "title: T\nkind: phd-project\nsupervisors: [{name: false}]\n", Self.quoteHint("content/p.md:4:22", "a boolean", "false")),
        ("content/jobs/j.md", "title: T\ncontacts: [{name: A, email: 3}]\n", Self.quoteHint("content/jobs/j.md:3:29", "a number", "3")),
        ("content/jobs/j.md", "title: T\ncontact: 12\n", Self.quoteHint("content/jobs/j.md:3:10", "a number", "12")),
    ])
    func aNumberOrBooleanIsNotAName(path: String, yaml: String, message: String) throws {
        #expect(try page(yaml, at: path).messages == [message])
    }

    @Test func siteAuthorNameAndEmailMustBeText() throws {
        let (config, messages) = try siteConfig("author:\n  name: true\n  email: 3\nowner_names: [Léa, 1]\n")
        #expect(config == nil)
        #expect(messages == [
            Self.quoteHint("site.yml:2:9", "a boolean", "true"),
            Self.quoteHint("site.yml:3:10", "a number", "3"),
            Self.quoteHint("site.yml:4:20", "a number", "1"),
        ])
    }

    @Test func aQuotedYearIsAYear() throws {
        #expect(try publication("title: T\nyear: \"2024\"\nauthors: [A]\n")?.date == ContentDate(year: 2024, month: 1, day: 1))
        #expect(try page("title: T\nyear: \"20x4\"\nauthors: [A]\n", at: "content/publications/p.md").messages
            == ["content/publications/p.md:3:7: error: expected a whole number, found a string (20x4)"])
    }

    @Test func quotedNumbersAreNames() throws {
        let publication = try publication("title: T\nyear: 2024\nauthors: [\"42\", '7']\n")
        #expect(publication?.authors.map(\.last) == ["42", "7"])
    }

    @Test(arguments: [
        ("Ana Costa and Léa Martin", ["Ana Costa", "Léa Martin"]),
        ("Ana Costa  and  Léa Martin and Jo Smith", ["Ana Costa", "Léa Martin", "Jo Smith"]),
        ("Léa Martin", ["Léa Martin"]),
        ("Alexandra Sandberg", ["Alexandra Sandberg"]),
    ])
    func oneTextOfAuthorsIsSplitAtAnd(text: String, authors: [String]) throws {
        #expect(try publication("title: T\nyear: 2024\nauthors: \(text)\n")?.authors.map { $0.first + " " + $0.last } == authors)
    }

    @Test(arguments: ["A. Costa, L. Martin and J. Smith", "Martin, Léa and Costa, Ana", "Martin, Léa"])
    func oneTextOfAuthorsWithACommaIsRefused(text: String) throws {
        #expect(try page("title: T\nyear: 2024\nauthors: \(text)\n", at: "content/publications/p.md").messages == [
            "content/publications/p.md:4:10: error: '\(text)' is one text with a comma: write the names as a list, one per item, such as [Ana Costa, Léa Martin]",
        ])
    }

    @Test func oneTextOfSupervisorsOrContactsIsSplitAtAnd() throws {
        let project = try page("title: T\nkind: phd-project\nsupervisors: Léa Martin and Jo Smith\n").page?.model
        #expect(project == .phdProject(PhDProject(
            student: nil, supervisors: [Person(name: "Léa Martin"), Person(name: "Jo Smith")], institution: nil, team: nil,
            start: nil, defence: nil, status: nil, keywords: [])))
        guard case .job(let offer)? = try page("title: T\ncontacts: Léa Martin and Jo Smith\n", at: "content/jobs/j.md").page?.model else {
            Issue.record("not a job offer")
            return
        }
        #expect(offer.contacts.map(\.name) == ["Léa Martin", "Jo Smith"])
    }

    @Test func ownerNamesAsOneTextAreSplitAtAnd() throws {
        #expect(try siteConfig("owner_names: Léa Martin and L. Martin\n").config?.ownerNames == ["Léa Martin", "L. Martin"])
    }

    @Test func oneTextOfKeywordsIsSplitAtCommas() throws {
        guard case .phdProject(let project)? = try page("title: T\nkind: phd-project\nkeywords: sparsity, networks ,2024\n").page?.model else {
            Issue.record("not a PhD project")
            return
        }
        #expect(project.keywords == ["sparsity", "networks", "2024"])
    }
}
