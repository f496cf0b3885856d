import LaTeX
import Models
@testable import Render
import Testing

/// The plain-text citation of a paper page.
@Suite struct CitationFormatterTests {
    static func publication(kind: Publication.Kind, venue: String) -> Publication {
        var publication = Publication(authors: [PublicationAuthor(first: "Ada", last: "Quinlan")], date: ContentDate(year: 2018, month: 1, day: 1), kind: kind)
        publication.datePrecision = .year
        publication.venue = DisplayText(plain: venue)
        return publication
    }

    @Test func aVenueThatIsThePublisherIsNamedOnce() {
        var book = Self.publication(kind: .book, venue: "Lisière University Press")
        book.details.publisher = "Lisière University Press"
        #expect(CitationFormatter.citation(of: book, title: "Optimisation for Learning")
            == "Quinlan, A. (2018). Optimisation for Learning. Lisière University Press.")
        var thesis = Self.publication(kind: .thesis, venue: "University of Lisière")
        thesis.details.institution = "University of Lisière"
        thesis.details.typeLabel = "PhD thesis"
        #expect(CitationFormatter.citation(of: thesis, title: "First-order methods") == "Quinlan, A. (2018). First-order methods. University of Lisière. PhD thesis.")
    }

    @Test func aPublisherOtherThanTheVenueFollowsIt() {
        var chapter = Self.publication(kind: .chapter, venue: "Handbook of Optimisation")
        chapter.details.publisher = "Springer"
        #expect(CitationFormatter.citation(of: chapter, title: "Bundle methods") == "Quinlan, A. (2018). Bundle methods. In Handbook of Optimisation. Springer.")
    }
}
