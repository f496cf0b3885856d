import LaTeX
import Links
import Models
import Site

/// The `publication` view of a page: what lists and the paper page show of a `Publication`.
///
/// Texts from LaTeX come twice: as plain text (`venue`, `abstract`) for `{{…}}`, and as
/// `RenderedHTML` (`title_html`, `venue_html`, `abstract_html`, …) for `{{{…}}}`, their text
/// escaped by `DisplayText.html`.
struct PublicationView: Sendable {
    let inputs: SummaryInputs

    func view(of publication: Publication, page: SitePage) -> [String: ViewValue] {
        let authorLists = AuthorListView(inputs: inputs)
        let maxAuthors = publication.maxAuthors
        var view: [String: ViewValue] = [
            "authors": authorLists.view(of: publication.authors, maxAuthors: maxAuthors),
            "author_separator": .text(inputs.nameStyle.separator),
            "legend": .list(AuthorListView.legend(of: publication.authors)),
            "year": .text(String(publication.date.year)),
            "type": .text(publication.kind.rawValue),
            "type_label": .text(publication.kind.label),
            "links": .list(publication.links.map(link)),
            "selected": .bool(publication.selected),
            "facts": .list(facts(of: publication.details, kind: publication.kind)),
            "keywords": .list(publication.keywords.map(ViewValue.text)),
            "citation": .text(CitationFormatter.citation(of: publication, title: publication.styledTitle?.plainText ?? page.title)),
        ]
        if !publication.editors.isEmpty {
            // Never cut: an editor list stands inside a venue line, where `<details>` may not.
            view["editors"] = authorLists.view(of: publication.editors, maxAuthors: publication.editors.count)
            view["editors_label"] = .text(publication.editors.count == 1 ? "ed." : "eds.")
            // A chapter or a paper is "in" its editors' volume; an edited volume is theirs.
            view[publication.authors.isEmpty ? "edited_by" : "in_editors"] = .bool(true)
        }
        // A Markdown publication's texts are front matter: their `$…$` are found here.
        let fromLaTeX = publication.bibtex != nil
        let macros = inputs.mathMacros
        if let title = publication.styledTitle {
            view["title_html"] = .html(RenderedHTML(title, macros: macros, fromLaTeX: fromLaTeX))
        } else if let title = RenderedHTML(formulasIn: page.title, macros: macros) {
            view["title_html"] = .html(title)
        }
        if let venue = publication.venue {
            view["venue"] = .text(venue.plainText)
            view["venue_html"] = .html(RenderedHTML(venue, macros: macros, fromLaTeX: fromLaTeX))
        }
        if let abstract = publication.abstract {
            view["abstract"] = .text(abstract.plainText)
            view["abstract_html"] = .html(RenderedHTML(abstract, macros: macros, fromLaTeX: fromLaTeX))
        }
        let notes: [(String, DisplayText?)] = [
            ("award", publication.award), ("note", publication.note), ("annotation", publication.annotation),
            ("additional_info", publication.additionalInfo),
        ]
        for (key, text) in notes {
            if let text { view[key + "_html"] = .html(RenderedHTML(text, macros: macros, fromLaTeX: fromLaTeX)) }
        }
        if let awardName = publication.awardName { view["award_name"] = .text(awardName) }
        if publication.award != nil || publication.awardName != nil { view["has_award"] = .bool(true) }
        if let badge = publication.badge { view["badge"] = .text(badge) }
        if let preview = publication.preview {
            view["preview"] = .text(LinkPolicy.resolve(preview.value, basePath: inputs.basePath))
            view["preview_alt"] = .text("Preview of “\(page.title)”")
        }
        if let bibtex = publication.bibtex {
            view["bibtex"] = .text(bibtex.text)
            // Named as the site writes it: after the page's last URL segment, the key's slug
            // (`DBLP:conf/x` → `DBLP-conf-x.bib`).
            let name = (Route.components(of: page.route).last ?? bibtex.key) + ".bib"
            view["bibtex_file"] = .text(name)
            view["bibtex_url"] = .text(inputs.basePath + PathEncoding.encode(page.route + name))
        }
        return view
    }

    /// Where in its venue, and who published it: label and value, in citation order.
    private func facts(of details: PublicationDetails, kind: Publication.Kind) -> [ViewValue] {
        // A journal's `number` is an issue; a report's or a patent's is its own number (TR-14-02).
        let numberLabel = kind == .report || kind == .patent ? "Number" : "Issue"
        let facts: [(String, String?)] = [
            ("Volume", details.volume), (numberLabel, details.number), ("Pages", details.pages), ("Chapter", details.chapter),
            ("Edition", details.edition), ("Series", details.series), ("Publisher", details.publisher),
            ("Place", details.place), ("Institution", details.institution), ("Type", details.typeLabel),
            ("Published", details.howPublished), ("ISBN", details.isbn), ("ISSN", details.issn),
            ("Language", details.language),
        ]
        return facts.compactMap { label, value in
            guard let value, !value.isEmpty else { return nil }
            return .object(["label": .text(label), "value": .text(value)])
        }
    }

    private func link(_ link: LabeledLink) -> ViewValue {
        .object(["label": .text(link.label), "url": .text(LinkPolicy.resolve(link.url.value, basePath: inputs.basePath))])
    }
}
