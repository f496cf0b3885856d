import Foundation

/// A small site with a profile, an organization, papers of several kinds, a news item and job
/// offers (open, remote, closed), and readers for what pages say to machines.
enum StructuredSite {
    static let config = """
        title: "Lab of Ana"
        base_url: "https://lab.example.org/"
        author:
          name: "Ana Costa"
          role: "Researcher"
          affiliation: "Institute of Tests"
          email: "ana@example.org"
          avatar: /img/ana.jpg
          links:
            ORCID: "https://orcid.org/0000-0002-1825-0097"
            CV: /cv.pdf
        organization:
          name: "Institute of Tests"
          url: "https://tests.example.org/"
          address:
            street: "1 rue A"
            locality: "Lyon"
            region: "Rhône"
            postal_code: "69001"
            country: FR

        """

    static let bibliography = #"""
        @article{full2024,
          author = {Costa*, Ana and de la Fontaine, Jean and Martin, L{\'e}a and others},
          editor = {Smith, John},
          title = {On {S}parse \emph{factors} <b>},
          journal = {Journal of Tests},
          volume = 12, number = 3, pages = {211--248},
          date = {2024-03-09},
          doi = {10.1000/xyz.1}, isbn = {978-3-16-148410-0}, issn = {1234-5678},
          eprint = {2401.00001}, archiveprefix = {arXiv},
          publisher = {Test Press}, language = {English}, keywords = {sparsity, factors},
          abstract = {We study </script> factors.},
          pdf = {full2024.pdf},
        }
        @phdthesis{thesis2023, author = {Quinlan, Ada}, title = {Methods}, school = {University of Lisi{\`e}re}, year = 2023, month = jan, abstract = {A.}}
        @techreport{tr2022, author = {Weber, Jonas}, title = {Report}, institution = {IAM}, number = {IAM-2022-07}, year = 2022, abstract = {R.}}
        @incollection{ch2021, author = {Quinlan, Ada}, editor = {Moreau, Claire and Ib{\'a}{\~n}ez, Rafael}, title = {A chapter}, booktitle = {Handbook}, pages = {45}, year = 2021, pdf = {https://example.org/ch.pdf}, abstract = {C.}}

        """#

    static let files: [String: String] = [
        "site.yml": config,
        "content/publications.bib": bibliography,
        "content/full2024.pdf": "%PDF-1.4\n",
        "content/img/ana.jpg": "portrait",
        "content/cv.pdf": "%PDF-1.4\n",
        "content/index.md": "Welcome to the lab.\n",
        "content/news/2026-03-01-grant.md": "---\ntitle: A grant\n---\nWe got a grant.\n",
        "content/jobs/open.md": """
            ---
            title: Postdoc
            position: postdoc
            employment_type: full-time
            date: 2026-05-01
            location: Lyon
            salary: "€40,000–45,000 a year"
            deadline: 2026-07-01
            ---
            Work with us.

            """,
        "content/jobs/remote.md": """
            ---
            title: Engineer
            position: engineer
            remote: true
            date: 2026-05-02
            salary: "about 3,000 EUR per month"
            ---
            Remote work.

            """,
        "content/jobs/closed.md": "---\ntitle: PhD\nposition: phd\ndate: 2026-01-01\ndeadline: 2026-02-01\n---\nFilled.\n",
    ]

    static let scriptStart = #"<script type="application/ld+json">"#

    /// The JSON-LD script bodies of a page.
    static func jsonLD(_ html: String) -> [String] {
        html.components(separatedBy: scriptStart).dropFirst().compactMap { $0.components(separatedBy: "</script>").first }
    }

    /// The `<meta name="citation_…">` lines of a page, whole.
    static func scholarTags(_ html: String) -> [String] {
        html.split(separator: "\n").map(String.init).filter { $0.hasPrefix(#"<meta name="citation_"#) }
    }

    /// The `<head>` lines about the page (canonical link, meta tags with a name or property).
    static func headTags(_ html: String) -> [String] {
        let head = html.components(separatedBy: "</head>").first ?? ""
        return head.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("<link rel=\"canonical\"") || $0.hasPrefix("<meta property=") || $0.hasPrefix("<meta name=\"twitter")
                || $0.hasPrefix("<meta name=\"description\"") || $0.hasPrefix("<meta name=\"citation_") || $0.hasPrefix(scriptStart)
        }
    }
}
