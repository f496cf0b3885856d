import Models
@testable import Render
import Testing

/// Author names as the site shows them: styles, initials, owner and co-author matching,
/// markers and their legend, `max_authors` and `et al.`
@Suite struct AuthorListViewTests {
    static let fontaine = PublicationAuthor(first: "Jean-Pierre", von: "de la", last: "Fontaine", jr: "Jr.")

    static func inputs(
        owners: [String] = [], coauthors: [LabeledLink] = [], style: PublicationSettings.NameStyle = .firstLast, max: Int? = nil
    ) -> SummaryInputs {
        SummaryInputs(basePath: "/lab/", ownerNames: owners, hasAuthor: false, coauthors: coauthors, nameStyle: style, maxAuthors: max)
    }

    static func names(_ list: ViewValue?, _ key: String = "shown") -> [String] {
        list?.at(key)?.items?.compactMap { $0.at("name")?.text } ?? []
    }

    @Test func nameStylesOrderThePartsAsBibTeXDoes() {
        #expect(PublicationSettings.NameStyle.firstLast.format(Self.fontaine) == "Jean-Pierre de la Fontaine Jr.")
        #expect(PublicationSettings.NameStyle.lastFirst.format(Self.fontaine) == "de la Fontaine, Jean-Pierre, Jr.")
        #expect(PublicationSettings.NameStyle.initialsLast.format(Self.fontaine) == "J.-P. de la Fontaine Jr.")
        #expect(PublicationSettings.NameStyle.initialsLast.format(PublicationAuthor(first: "Ada Maria", last: "Quinlan")) == "A. M. Quinlan")
        #expect(PublicationSettings.NameStyle.initialsLast.format(PublicationAuthor(first: "J.", last: "König")) == "J. König")
        #expect(PublicationSettings.NameStyle.initialsLast.format(PublicationAuthor(first: "Émile", last: "Zola")) == "É. Zola")
        #expect(PublicationSettings.NameStyle.lastFirst.format(PublicationAuthor(last: "Barnes and Noble")) == "Barnes and Noble")
        #expect(PublicationSettings.NameStyle.firstLast.format(.others) == "et al.")
        #expect(PublicationSettings.NameStyle.lastFirst.separator == "; ")
        #expect(PublicationSettings.NameStyle.firstLast.separator == ", ")
    }

    @Test func ownerMatchesWhateverTheAccentsBracesDotsCaseAndInitials() {
        let owner = PersonNameMatcher([("J. König", "me")])
        for author in [
            PublicationAuthor(first: "J.", last: "König"), PublicationAuthor(first: "Jürgen", last: "König"),
            PublicationAuthor(first: "j", last: "konig"), PublicationAuthor(first: "Jürgen", last: "{K}önig"),
            PublicationAuthor(first: "Jürgen Maria", last: "KÖNIG"),
        ] {
            #expect(owner.value(for: author) == "me", "\(author)")
        }
        for author in [
            PublicationAuthor(first: "K.", last: "König"), PublicationAuthor(first: "Jürgen", last: "Königs"),
            PublicationAuthor(last: "König"), PublicationAuthor(first: "Jürgen", von: "von", last: "König"),
        ] {
            #expect(owner.value(for: author) == nil, "\(author)")
        }
        #expect(PersonNameKey(written: "König, J.") == PersonNameKey(written: "J. König"))
        #expect(PersonNameKey(written: "Jean-Pierre de la Fontaine").matches(PersonNameKey(Self.fontaine)))
        #expect(PersonNameKey(written: "J.-P. de la Fontaine").matches(PersonNameKey(Self.fontaine)))
        #expect(!PersonNameKey(written: "J.-M. de la Fontaine").matches(PersonNameKey(Self.fontaine)))
        #expect(!PersonNameKey(written: "J.-P. Fontaine").matches(PersonNameKey(Self.fontaine)))
        // A listed full name matches an author written with initials, too.
        #expect(PersonNameMatcher([("Léa Martin", "me")]).value(for: PublicationAuthor(first: "L.", last: "Martin")) == "me")
        #expect(PersonNameMatcher([("Léa Martin", "me")]).value(for: PublicationAuthor(first: "Léo", last: "Martin")) == nil)
    }

    @Test func theOwnerIsMarkedCoauthorsLinkedAndMarkersKept() {
        let view = AuthorListView(inputs: Self.inputs(
            owners: ["A. Quinlan"],
            coauthors: [LabeledLink(label: "Kwame Osei", url: WebURL("https://osei.example.org/")!),
                        LabeledLink(label: "B. Lee", url: WebURL("/people/lee/")!)]))
        let list = view.view(of: [
            PublicationAuthor(first: "Ada", last: "Quinlan", markers: "*"), PublicationAuthor(first: "K.", last: "Osei", markers: "*†"),
            PublicationAuthor(first: "Bo", last: "Lee"), PublicationAuthor(first: "Cy", last: "Park"), .others,
        ], maxAuthors: nil)
        let shown = list.at("shown")?.items ?? []
        #expect(shown.map { $0.at("is_owner") } == [.bool(true), .bool(false), .bool(false), .bool(false)])
        #expect(shown.map { $0.at("link") } == [.text(""), .text("https://osei.example.org/"), .text("/lab/people/lee/"), .text("")])
        #expect(shown.map { $0.at("has_link") } == [.bool(false), .bool(true), .bool(true), .bool(false)])
        #expect(shown.map { $0.at("markers") } == [.text("*"), .text("*†"), .text(""), .text("")])
        #expect(list.at("et_al") == .bool(true))
        #expect(list.at("more_count") == nil)
        #expect(AuthorListView.legend(of: [
            PublicationAuthor(last: "A", markers: "†"), PublicationAuthor(last: "B", markers: "*‡"), PublicationAuthor(last: "C", markers: "∗†"),
        ]) == [
            .object(["marker": .text("†"), "meaning": .text("Corresponding author")]),
            .object(["marker": .text("*"), "meaning": .text("Equal contribution")]),
            .object(["marker": .text("‡"), "meaning": .text("Marked so by the authors; the source does not say why")]),
            .object(["marker": .text("∗"), "meaning": .text("Equal contribution")]),
        ])
    }

    @Test func maxAuthorsCutsTheListButAlwaysShowsTheOwner() {
        let authors = (1...8).map { PublicationAuthor(first: "P", last: "Person\($0)") }
        var withOwner = authors
        withOwner.insert(PublicationAuthor(first: "Ada", last: "Quinlan"), at: 5)
        let view = AuthorListView(inputs: Self.inputs(owners: ["Ada Quinlan"], max: 3))
        let cut = view.view(of: withOwner, maxAuthors: nil)
        #expect(Self.names(cut) == ["P Person1", "P Person2", "P Person3", "Ada Quinlan"])
        #expect(cut.at("shown")?.items?.map { $0.at("gap") } == [.bool(false), .bool(false), .bool(false), .bool(true)])
        #expect(Self.names(cut, "more") == ["P Person4", "P Person5", "P Person6", "P Person7", "P Person8"])
        #expect(cut.at("more_count") == .number(5))
        // The entry's own max_authors wins over the site's; the owner right after the cut needs no gap.
        let entry = view.view(of: withOwner, maxAuthors: 5)
        #expect(Self.names(entry) == ["P Person1", "P Person2", "P Person3", "P Person4", "P Person5", "Ada Quinlan"])
        #expect(entry.at("shown")?.items?.last?.at("gap") == .bool(false))
        #expect(entry.at("more_count") == .number(3))
        let whole = view.view(of: authors, maxAuthors: 8)
        #expect(Self.names(whole).count == 8)
        #expect(whole.at("more") == nil && whole.at("more_count") == nil)
        // `and others` is not counted as a name.
        let others = view.view(of: Array(authors.prefix(3)) + [.others], maxAuthors: nil)
        #expect(others.at("more_count") == nil && others.at("et_al") == .bool(true))
    }

    @Test func initialsOfACitationKeepHyphens() {
        #expect(CitationFormatter.authorList([Self.fontaine, PublicationAuthor(first: "Ada", last: "Quinlan")])
            == "de la Fontaine, J.-P., Jr., & Quinlan, A.")
        #expect(CitationFormatter.authorList([PublicationAuthor(first: "Ada", last: "Quinlan"), .others]) == "Quinlan, A., et al.")
    }
}
