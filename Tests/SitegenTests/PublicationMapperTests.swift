import BibTeX
import Bibliography
import Diagnostics
import LaTeX
import Models
import Testing

/// A `.bib` entry made a publication, field by field, with its diagnostics.
@Suite struct PublicationMapperTests {
    /// The publications of `text` by key, and every diagnostic as the command line prints it.
    static func map(_ text: String) -> (publications: [String: Publication], diagnostics: [String]) {
        let file = BibEntryValidation.listableEntries(of: BibTeXReader.read(text, path: "refs.bib"))
        let mapper = PublicationMapper(file: file)
        var publications: [String: Publication] = [:]
        var diagnostics = file.diagnostics
        for entry in file.entries {
            let mapped = mapper.map(entry)
            diagnostics += mapped.diagnostics
            publications[entry.key] = mapped.publication
        }
        return (publications, diagnostics.map(\.description))
    }

    static func one(_ fields: String, type: String = "article") -> Publication? {
        map("@\(type){k, title = {T}, year = 2021, \(fields)}").publications["k"]
    }

    static func names(_ authors: [PublicationAuthor]) -> [String] {
        authors.map { $0.isOthers ? "+others" : [$0.first, $0.von, $0.last, $0.jr, $0.markers].joined(separator: "|") }
    }

    @Test(arguments: [
        ("article", "journal = {J. Opt.}", Publication.Kind.journal),
        ("article", "journal = {arXiv preprint arXiv:2101.00001}", .preprint),
        ("article", "journaltitle = {bioRxiv}", .preprint),
        ("article", "eprint = {2101.00001}", .preprint),
        ("article", "arxiv = {2101.00001}", .preprint),
        ("article", "note = {x}", .journal),
        ("inproceedings", "", .conference), ("conference", "", .conference),
        ("proceedings", "", .book), ("book", "", .book), ("mvbook", "", .book), ("collection", "", .book), ("booklet", "", .book),
        ("inbook", "", .chapter), ("incollection", "", .chapter),
        ("phdthesis", "", .thesis), ("mastersthesis", "", .thesis), ("thesis", "", .thesis),
        ("techreport", "", .report), ("report", "", .report), ("manual", "", .report),
        ("unpublished", "eprint = {2101.00001}", .preprint), ("misc", "eprint = {2101.00001}", .preprint),
        ("unpublished", "", .other), ("misc", "", .other), ("online", "", .other), ("online", "eprint = {1}", .other),
        ("patent", "", .patent), ("dataset", "", .dataset), ("software", "", .dataset), ("whatever", "", .other),
    ])
    func typesBecomeKinds(type: String, fields: String, kind: Publication.Kind) {
        #expect(Self.one(fields, type: type)?.kind == kind)
    }

    @Test func typeLabels() {
        #expect(Self.one("", type: "phdthesis")?.details.typeLabel == "PhD thesis")
        #expect(Self.one("", type: "mastersthesis")?.details.typeLabel == "Master's thesis")
        #expect(Self.one("", type: "techreport")?.details.typeLabel == "Technical report")
        #expect(Self.one("type = {phdthesis}", type: "thesis")?.details.typeLabel == "PhD thesis")
        #expect(Self.one("type = {Habilitation \\`a diriger}", type: "thesis")?.details.typeLabel == "Habilitation à diriger")
        #expect(Self.one("type = {White paper}", type: "techreport")?.details.typeLabel == "White paper")
        #expect(Self.one("", type: "book")?.details.typeLabel == nil)
    }

    @Test(arguments: [
        ("date = {2021}", 2021, 1, 1, Publication.DatePrecision.year),
        ("date = {2021-03}", 2021, 3, 1, .month),
        ("date = {2021-03-04}", 2021, 3, 4, .day),
        ("date = {2021-03/2021-05}", 2021, 3, 1, .month),
        ("date = {2021-03-04/}", 2021, 3, 4, .day),
        ("month = 3", 2021, 3, 1, .month),
        ("month = dec", 2021, 12, 1, .month),
        ("month = {September}", 2021, 9, 1, .month),
        ("month = {Sep.}", 2021, 9, 1, .month),
        ("month = {sept}", 2021, 9, 1, .month),
        ("", 2021, 1, 1, .year),
    ])
    func dates(fields: String, year: Int, month: Int, day: Int, precision: Publication.DatePrecision) {
        let publication = Self.one(fields)
        #expect(publication?.date == ContentDate(year: year, month: month, day: day))
        #expect(publication?.datePrecision == precision)
    }

    @Test func aDateWinsOverTheYear() {
        let publication = Self.map("@misc{k, title = {T}, date = {1999-02-03}, year = 2021}").publications["k"]
        #expect(publication?.date == ContentDate(year: 1999, month: 2, day: 3))
    }

    @Test func anUnreadableDateOrYearIsAnErrorAndTheEntryIsLeftOut() {
        let result = Self.map("@misc{a, title = {T}, year = {in press}}\n@misc{b, title = {T},\n  date = {2021-13}}\n@misc{c, title = {T}, year = 2021, month = {Brumaire}}")
        #expect(result.publications["a"] == nil)
        #expect(result.publications["b"] == nil)
        #expect(result.publications["c"]?.datePrecision == .year)
        #expect(result.diagnostics == [
            "refs.bib:1:30: error: entry 'a' has the year 'in press', which is not a year such as 2021; the entry is left out\n 1 | @misc{a, title = {T}, year = {in press}}\n   |                              ^",
            "refs.bib:3:10: error: entry 'b' has the date '2021-13', which is not a date such as 2021, 2021-03 or 2021-03-04 (or a range such as 2021-03/2021-05); the entry is left out\n 3 |   date = {2021-13}}\n   |          ^",
            "refs.bib:4:44: warning: entry 'c' has the month 'Brumaire', which is not a month such as 3, mar or March; the year alone is shown\n 4 | @misc{c, title = {T}, year = 2021, month = {Brumaire}}\n   |                                            ^",
        ])
    }

    @Test func namesArePartsConvertedWithMarkersStripped() {
        let publication = Self.one(#"author = {K{\"o}nig, J{\"u}rgen and Jean-Pierre de la Fontaine\textsuperscript{*} and Ada Quinlan$^\dagger$ and Lea Martin$^{*\ddagger}$ and Ford, Jr., Henry\dag{} and {Barnes and Noble} and others}"#)
        #expect(Self.names(publication?.authors ?? []) == [
            "Jürgen||König||", "Jean-Pierre|de la|Fontaine||*", "Ada||Quinlan||†", "Lea||Martin||*‡", "Henry||Ford|Jr.|†", "||Barnes and Noble||", "+others",
        ])
    }

    @Test func venuesByType() {
        #expect(Self.one("journal = {J. {O}pt.}", type: "article")?.venue?.plainText == "J. Opt.")
        #expect(Self.one("journaltitle = {JT}, journal = {J}", type: "article")?.venue?.plainText == "JT")
        #expect(Self.one("booktitle = {Proc. ICML}, publisher = {PMLR}", type: "inproceedings")?.venue?.plainText == "Proc. ICML")
        #expect(Self.one("publisher = {PMLR}", type: "inproceedings")?.venue?.plainText == "PMLR")
        #expect(Self.one("school = {Universit\\'e de Lisi\\`ere}", type: "phdthesis")?.venue?.plainText == "Université de Lisière")
        #expect(Self.one("institution = {INRIA}", type: "techreport")?.venue?.plainText == "INRIA")
        #expect(Self.one("organization = {ACME}", type: "manual")?.venue?.plainText == "ACME")
        #expect(Self.one("publisher = {Springer}", type: "book")?.venue?.plainText == "Springer")
        #expect(Self.one("howpublished = {Blog post}", type: "misc")?.venue?.plainText == "Blog post")
        #expect(Self.one("", type: "misc")?.venue == nil)
    }

    @Test func details() {
        let details = Self.one("volume = {12}, number = {3}, pages = {211--248}, chapter = {4}, edition = {Second}, series = {LNCS}, publisher = {Springer}, address = {Berlin}, isbn = {978-3-16-148410-0}, howpublished = {print}")?.details
        #expect(details?.volume == "12")
        #expect(details?.number == "3")
        #expect(details?.pages == "211–248")
        #expect(details?.chapter == "4")
        #expect(details?.edition == "Second")
        #expect(details?.series == "LNCS")
        #expect(details?.publisher == "Springer")
        #expect(details?.place == "Berlin")
        #expect(details?.isbn == "978-3-16-148410-0")
        #expect(details?.howPublished == "print")
        #expect(Self.one("issue = {7}, location = {Paris}")?.details.number == "7")
        #expect(Self.one("issue = {7}, location = {Paris}")?.details.place == "Paris")
        #expect(Self.one("school = {MIT}", type: "phdthesis")?.details.institution == "MIT")
    }

    @Test func aCrossrefdPaperGetsItsBooktitleAndEditorsAsEditors() {
        let result = Self.map("""
            @inproceedings{paper, author = {Ada Quinlan}, title = {P}, crossref = {proc}, pages = {1--9}}
            @proceedings{proc, title = {Proceedings of {COT}}, editor = {Weber, Jonas and Priya Raman}, year = 2026, publisher = {PMLR}}
            """)
        let paper = result.publications["paper"]
        #expect(paper?.venue?.plainText == "Proceedings of COT")
        #expect(Self.names(paper?.authors ?? []) == ["Ada||Quinlan||"])
        #expect(Self.names(paper?.editors ?? []) == ["Jonas||Weber||", "Priya||Raman||"])
        #expect(paper?.date == ContentDate(year: 2026, month: 1, day: 1))
        let proceedings = result.publications["proc"]
        #expect(proceedings?.authors.isEmpty == true)
        #expect(Self.names(proceedings?.editors ?? []) == ["Jonas||Weber||", "Priya||Raman||"])
        #expect(proceedings?.kind == .book)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func identifiersBecomeLinksInAFixedOrder() {
        let publication = Self.one(#"""
            blog = {https://blog.example/x}, video = {https://video.example/x}, code = {https://code.example/x},
            website = {https://site.example/}, url = {https://doi.org/10.1000/xyz}, html = {https://html.example/x},
            zenodo = {1234567}, dblp = {conf/icml/Quinlan22}, openreview = {AbC123}, pmid = {12345678},
            hal = {hal-01234567}, eprint = {2101.00001}, archiveprefix = {arXiv}, doi = {doi:10.1000/xyz}
            """#)
        #expect(publication?.links.map { "\($0.label) \($0.url)" } == [
            "DOI https://doi.org/10.1000/xyz", "arXiv https://arxiv.org/abs/2101.00001", "HAL https://hal.science/hal-01234567",
            "PubMed https://pubmed.ncbi.nlm.nih.gov/12345678/", "OpenReview https://openreview.net/forum?id=AbC123",
            "DBLP https://dblp.org/rec/conf/icml/Quinlan22", "Zenodo https://doi.org/10.5281/zenodo.1234567",
            "HTML https://html.example/x", "Website https://site.example/", "Code https://code.example/x",
            "Video https://video.example/x", "Blog https://blog.example/x",
        ])
    }

    @Test(arguments: [
        ("doi = {10.1000/a\\_b}", "https://doi.org/10.1000/a_b"),
        ("doi = {https://doi.org/10.1000/xyz}", "https://doi.org/10.1000/xyz"),
        ("doi = {http://dx.doi.org/10.1000/xyz}", "https://doi.org/10.1000/xyz"),
        ("doi = {10.1002/(SICI)1097<275::AID>3.0.CO;2-D}", "https://doi.org/10.1002/(SICI)1097%3C275::AID%3E3.0.CO;2-D"),
        ("arxiv = {arXiv:2101.00001}", "https://arxiv.org/abs/2101.00001"),
        ("eprint = {math/0601001}, eprinttype = {arxiv}", "https://arxiv.org/abs/math/0601001"),
        ("hal = {https://hal.science/hal-1}", "https://hal.science/hal-1"),
        ("zenodo = {10.5281/zenodo.42}", "https://doi.org/10.5281/zenodo.42"),
        ("url = {\\url{https://example.org/a\\%20b}}", "https://example.org/a%20b"),
    ])
    func identifierForms(fields: String, url: String) {
        #expect(Self.one(fields)?.links.map(\.url.value) == [url])
    }

    @Test func anEprintOfAnotherServerIsNoArXivLink() {
        #expect(Self.one("eprint = {123}, eprinttype = {pubmed}")?.links == [])
    }

    @Test func refusedLinksAreWarningsAtTheirField() {
        let result = Self.map("@misc{k, title = {T}, year = 2021,\n  doi = {not a doi},\n  code = {javascript:alert(1)},\n  pmid = {1 2}}")
        #expect(result.publications["k"]?.links == [])
        #expect(result.diagnostics == [
            "refs.bib:2:9: warning: 'not a doi' in 'doi' of entry 'k' is not a DOI identifier; the link is left out\n 2 |   doi = {not a doi},\n   |         ^",
            "refs.bib:4:10: warning: '1 2' in 'pmid' of entry 'k' is not a PubMed identifier; the link is left out\n 4 |   pmid = {1 2}}\n   |          ^",
            "refs.bib:3:10: warning: 'javascript:alert(1)' in 'code' of entry 'k' is not a URL that can be linked (use https://… or a path such as /papers/x.pdf); the link is left out\n 3 |   code = {javascript:alert(1)},\n   |          ^",
        ])
    }

    @Test func filesAreURLsPathsOrConventional() throws {
        let result = Self.map("@misc{k, title = {T}, year = 2021,\n  pdf = {https://example.org/k.pdf},\n  supp = {k-supp.pdf},\n  slides = {/assets/pdf/k-slides.pdf}}")
        let files = try #require(result.publications["k"]?.files)
        #expect(files.map(\.role) == [.pdf, .slides, .poster, .supp])
        #expect(files[0].reference == .url(try #require(WebURL("https://example.org/k.pdf"))))
        #expect(files[0].place == PublicationFile.Place(lines: 1, column: 9), "on the entry's second line")
        #expect(files[0].sourceLine == "  pdf = {https://example.org/k.pdf},")
        #expect(files[1].reference == .path("/assets/pdf/k-slides.pdf"))
        #expect(files[2].reference == .conventional)
        #expect(files[2].place == PublicationFile.Place(lines: 0, column: 1))
        #expect(files[2].sourceLine == "@misc{k, title = {T}, year = 2021,")
        #expect(files[3].reference == .path("k-supp.pdf"))
        #expect(files[3].place.lines == 2)
    }

    @Test func alFolioFields() throws {
        let publication = try #require(Self.one(#"""
            abstract = {We \emph{study} it}, selected = {true}, hidden = {No}, bibtex_show = {YES}, abbr = {NeurIPS},
            preview = {paper.png}, award = {Best paper \& more}, award_name = {Best Paper}, annotation = {A},
            additional_info = {. Oral}, note = {To appear}, keywords = {optimisation; sparsity, optimisation}, tags = {ml},
            max_authors = {3}, altmetric = {true}, dimensions = {true}, google_scholar_id = {x}, inspirehep_id = {1}
            """#))
        #expect(publication.abstract?.html == "We <em>study</em> it")
        #expect(publication.selected)
        #expect(!publication.hidden)
        #expect(publication.bibtexShow)
        #expect(publication.badge == "NeurIPS")
        #expect(publication.preview?.value == "/assets/img/publication_preview/paper.png")
        #expect(publication.award?.plainText == "Best paper & more")
        #expect(publication.awardName == "Best Paper")
        #expect(publication.annotation?.plainText == "A")
        #expect(publication.additionalInfo?.plainText == ". Oral")
        #expect(publication.note?.plainText == "To appear")
        #expect(publication.keywords == ["optimisation", "sparsity", "ml"])
        #expect(publication.maxAuthors == 3)
        #expect(Self.one("preview = {https://img.example/p.png}")?.preview?.value == "https://img.example/p.png")
        #expect(Self.one("preview = {/img/p.png}")?.preview?.value == "/img/p.png")
    }

    @Test func badFlagsAndMaxAuthorsAreWarnings() {
        let result = Self.map("@misc{k, title = {T}, year = 2021,\n  selected = {maybe},\n  max_authors = {0}}")
        #expect(result.publications["k"]?.selected == false)
        #expect(result.publications["k"]?.maxAuthors == nil)
        #expect(result.diagnostics == [
            "refs.bib:2:14: warning: 'selected' of entry 'k' is 'maybe'; expected true, false, yes or no (read as false)\n 2 |   selected = {maybe},\n   |              ^",
            "refs.bib:3:17: warning: 'max_authors' of entry 'k' is '0'; expected a whole number, 1 or more (ignored)\n 3 |   max_authors = {0}}\n   |                 ^",
        ])
    }

    @Test func unknownMacrosAreOneWarningPerEntryAtTheFirstFieldThatUsesOne() {
        let result = Self.map("@preamble{\"\\newcommand{\\Known}{K}\"}\n@misc{k, title = {\\Known{} and \\foo},\n  year = 2021, note = {\\bar\\foo}}\n@misc{j, title = {\\baz}, year = 2021}")
        #expect(result.publications["k"]?.styledTitle?.plainText == "K and foo")
        #expect(result.diagnostics == [
            "refs.bib:2:18: warning: entry 'k' uses the LaTeX macros \\foo, \\bar, which sitegen does not know: shown by name; define it in a @preamble or write the characters themselves\n 2 | @misc{k, title = {\\Known{} and \\foo},\n   |                  ^",
            "refs.bib:4:18: warning: entry 'j' uses the LaTeX macro \\baz, which sitegen does not know: shown by name; define it in a @preamble or write the characters themselves\n 4 | @misc{j, title = {\\baz}, year = 2021}\n   |                  ^",
        ])
    }

    @Test func theBibTeXIsWrittenBack() {
        let publication = Self.map("@Article{Key:1, title = {T}, year = 2021}").publications["Key:1"]
        #expect(publication?.bibtex?.key == "Key:1")
        #expect(publication?.bibtex?.sourcePath == "refs.bib")
        #expect(publication?.bibtex?.text.hasPrefix("@article{Key:1,") == true)
        #expect(publication?.styledTitle?.plainText == "T")
    }
}
