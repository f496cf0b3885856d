import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A site as bytes, paths included, so that a mutant can hold a file name that is not UTF-8.
struct FuzzSite {
    var files: [(path: [UInt8], bytes: [UInt8])]

    /// A small valid site with one page of each kind, the built-in theme and a full `site.yml`.
    static let base = FuzzSite(files: [
        ("site.yml", """
            title: "Fuzz Lab"
            description: "A lab that is mutated on purpose."
            language: en
            author:
              name: "Ada Quinlan"
              role: "Professor"
              email: "ada@example.org"
              avatar: /assets/ada.png
              links:
                ORCID: "https://orcid.org/0000-0002-1825-0097"
                GitHub: https://github.com/example
            owner_names: ["Ada Quinlan", "A. Quinlan"]
            menu:
              - title: News
                url: /news/
              - title: Publications
                url: /publications/
              - title: Jobs
                url: /jobs/

            """),
        ("content/index.md", """
            ---
            title: Home
            ---
            I work on **optimisation** and [learning](/publications/).

            - one
            - two

            | a | b |
            |---|---|
            | 1 | 2 |

            """),
        ("content/news/2026-01-05-grant.md", """
            ---
            title: "We got a grant"
            date: 2026-01-05
            description: A short summary.
            ---
            Good news, see [the call](https://example.org/call) and ![a logo](/assets/ada.png).

            > quoted *text* with `code`[^1]

            [^1]: A footnote.

            """),
        ("content/publications/2025-quinlan-landscapes.md", """
            ---
            title: "Benign non-convexity"
            authors: ["A. Quinlan", "Tomás Lindqvist"]
            date: 2025-09-01
            venue: "Journal of Machine Learning Theory"
            type: journal
            selected: true
            links:
              doi: "10.5555/jmlt.2025.0123"
              pdf: https://example.org/paper.pdf
            abstract: >
              We show that wide networks have no spurious minima.
            ---
            Extra notes.

            """),
        ("content/seminars/2026-05-12-seminar.md", """
            ---
            series: "Optimisation Seminar"
            location: "Room B"
            first_seminar_title: "Schedules"
            first_seminar_speaker: "Tomás Lindqvist"
            first_seminar_time: "10:00 - 11:00"
            ---
            Flat form.

            """),
        ("content/jobs/postdoc.md", """
            ---
            title: "Postdoc in optimisation"
            position: postdoc
            deadline: 2027-01-31
            start_date: 2027-03-01
            contacts:
              - name: "Ada Quinlan"
                email: "ada@example.org"
              - name: "Tomás Lindqvist"
                url: https://example.org/~tl
            ---
            ## Profile

            A PhD in mathematics.

            """),
        ("content/phd.md", """
            ---
            title: "PhD project: implicit bias"
            kind: phd-project
            student: "Inès Carvalho"
            supervisors:
              - name: "Ada Quinlan"
                affiliation: "University"
            start_date: 2026-10-01
            keywords: ["implicit bias", "sign descent"]
            ---
            A project.

            """),
        ("content/teaching.md", "Teaching\nCourses on optimisation.\nOne more line.\n"),
        ("assets/ada.png", "not really a PNG\n"),
        ("templates/page.mustache", """
            {{<base}}
            {{$content}}
            <article class="page">
            <h1>{{page.title}}</h1>
            {{#page}}{{#date}}<p class="meta">{{> partials/date}}</p>{{/date}}{{/page}}
            {{{page.content}}}
            </article>
            {{/content}}
            {{/base}}

            """),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) })

    /// Writes the site into `folder` (which must not exist), making folders as needed. A file
    /// whose path could leave the folder, or whose name the file system refuses (too long,
    /// say), is left out.
    /// Returns the paths written.
    @discardableResult
    func write(to folder: String) throws -> [[UInt8]] {
        let root = Array(folder.utf8) + [UInt8(ascii: "/")]
        var written: [[UInt8]] = []
        for file in files where Self.staysInside(file.path) {
            let full = root + file.path
            var index = root.count
            while let slash = full[index...].firstIndex(of: UInt8(ascii: "/")) {
                _ = mkdir(Self.cPath(full[..<slash]), 0o755)
                index = slash + 1
            }
            let descriptor = open(Self.cPath(full[...]), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            let count = file.bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count == file.bytes.count else { throw CocoaError(.fileWriteUnknown) }
            written.append(file.path)
        }
        return written
    }

    /// The site with every line end of its pages and `site.yml` (LF, CRLF or CR) made a CR alone:
    /// it must build to the same output, or fail with the same diagnostics.
    func withCarriageReturnLineEnds() -> FuzzSite {
        FuzzSite(files: files.map { file in
            guard file.path.starts(with: Array("content/".utf8)) && file.path.suffix(3).elementsEqual(Array(".md".utf8))
                    || file.path == Array("site.yml".utf8) else { return file }
            var bytes: [UInt8] = []
            var index = 0
            while index < file.bytes.count {
                let byte = file.bytes[index]
                if byte == 0x0D, index + 1 < file.bytes.count, file.bytes[index + 1] == 0x0A { index += 1 }
                bytes.append(byte == 0x0A ? 0x0D : byte)
                index += 1
            }
            return (file.path, bytes)
        })
    }

    /// Whether one of `paths` is a file the build reads whose name is not UTF-8: such a build must fail.
    static func readsNameThatIsNotUTF8(_ paths: [[UInt8]]) -> Bool {
        paths.contains { path in
            let components = path.split(separator: UInt8(ascii: "/"))
            guard let top = components.first, ["content", "templates", "assets"].contains(where: { top.elementsEqual($0.utf8) }) else { return false }
            return !components.contains { $0.first == UInt8(ascii: ".") } && String(validating: path, as: UTF8.self) == nil
        }
    }

    /// No empty, `.` or `..` component and no NUL: the file is written inside the folder.
    static func staysInside(_ path: [UInt8]) -> Bool {
        !path.contains(0) && path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && !$0.elementsEqual([UInt8(ascii: ".")]) && !$0.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")])
        }
    }

    static func cPath(_ path: ArraySlice<UInt8>) -> [CChar] {
        path.map { CChar(bitPattern: $0) } + [0]
    }
}
