import Foundation
@testable import Load
import Testing

/// A rebuild told which paths changed updates the previous load with those paths alone: what it
/// gets is what a whole load gets, and it says which sources may have changed. When the previous
/// load said something, a whole load is made.
@Suite struct LoaderUpdateTests {
    static let files = [
        "content/index.md": "Home.\n",
        "content/news/a.md": "A.\n",
        "content/news/c.md": "C.\n",
        "content/files/paper.pdf": "%PDF",
    ]

    func loader(_ site: TempSite, invalidated: Set<String>? = nil, after previous: (LoadedSite, [String: LoadedFile])? = nil) -> SiteLoader {
        var loader = SiteLoader(
            scanner: SiteScanner(root: site.root), isSource: { $0.hasSuffix(".md") }, previous: previous?.1 ?? [:], invalidated: invalidated)
        loader.previousSite = previous?.0
        return loader
    }

    /// The sources (paths and bytes) and the static files' paths of a load.
    func contents(_ site: LoadedSite) -> [String] {
        site.sources.map { input in
            guard case .read(let file) = input else { return "listed \(input.path)" }
            return "\(file.path): \(String(decoding: file.bytes, as: UTF8.self))"
        } + site.staticFiles.map(\.path)
    }

    @Test func anUpdatedLoadIsAWholeLoadAndSaysWhatChanged() throws {
        let site = try TempSite(Self.files)
        var whole = loader(site)
        var previous = whole.load()
        let edits: [(String, Set<String>, () throws -> Void)] = [
            ("an edit", ["content/news/a.md"], { try site.write("content/news/a.md", "A, edited.\n") }),
            ("a new source and a new file", ["content/news/b.md", "content/files/slides.pdf"], {
                try site.write("content/news/b.md", "B.\n")
                try site.write("content/files/slides.pdf", "%PDF slides")
            }),
            ("a deleted source", ["content/news/c.md"], { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/news/c.md")) }),
            ("a static file edited, and another path", ["content/files/paper.pdf", "site.yml"], { try site.write("content/files/paper.pdf", "%PDF-1.7") }),
            ("a static file deleted", ["content/files/slides.pdf"], {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/files/slides.pdf"))
            }),
        ]
        let expectedChanges: [Set<String>] = [["content/news/a.md"], ["content/news/b.md"], ["content/news/c.md"], [], []]
        for ((what, paths, edit), expected) in zip(edits, expectedChanges) {
            try edit()
            var updating = loader(site, invalidated: paths, after: (previous.site, previous.files))
            let updated = updating.load()
            var fresh = loader(site)
            let made = fresh.load()
            #expect(contents(updated.site) == contents(made.site), "\(what)")
            #expect(updated.site.listing.entries == made.site.listing.entries, "\(what)")
            #expect(updated.files.keys.sorted() == made.files.keys.sorted(), "\(what)")
            #expect(updated.changed == expected, "\(what)")
            previous = (updated.site, updated.files, updated.changed)
        }
    }

    /// A source edited without being named keeps what was read before: only the named paths are read.
    @Test func aSourceNobodyNamedIsNotReadAgain() throws {
        let site = try TempSite(Self.files)
        var whole = loader(site)
        let previous = whole.load()
        try site.write("content/news/a.md", "A, edited.\n")
        try site.write("content/news/c.md", "C, edited.\n")
        var updating = loader(site, invalidated: ["content/news/c.md"], after: (previous.site, previous.files))
        let updated = updating.load()
        #expect(contents(updated.site).contains("content/news/a.md: A.\n"))
        #expect(contents(updated.site).contains("content/news/c.md: C, edited.\n"))
    }

    /// A load that said something (a link to nothing, skipped) is followed by a whole one,
    /// which says it again.
    @Test func aLoadThatSaidSomethingIsFollowedByAWholeOne() throws {
        let site = try TempSite(Self.files)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/news/gone.md").path, withDestinationPath: "nowhere.md")
        var whole = loader(site)
        let previous = whole.load()
        #expect(previous.site.diagnostics.map(\.message) == ["skipped: a symbolic link to nothing"])
        try site.write("content/news/c.md", "C, edited.\n")
        var updating = loader(site, invalidated: ["content/news/c.md"], after: (previous.site, previous.files))
        let updated = updating.load()
        #expect(updated.changed == nil)
        #expect(updated.site.diagnostics.map(\.message) == ["skipped: a symbolic link to nothing"])
        #expect(contents(updated.site).contains("content/news/c.md: C, edited.\n"))
    }

    /// The theme's warnings are said once, as a whole load says them.
    @Test func theThemesWarningsAreSaidOnce() throws {
        let site = try TempSite(Self.files)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("assets/gone.png").path, withDestinationPath: "nowhere.png")
        var whole = loader(site)
        let previous = whole.load()
        try site.write("content/news/c.md", "C, edited.\n")
        var updating = loader(site, invalidated: ["content/news/c.md"], after: (previous.site, previous.files))
        let updated = updating.load()
        #expect(updated.site.diagnostics.map(\.message) == ["skipped: a symbolic link to nothing"])
        #expect(contents(updated.site).contains("content/news/c.md: C, edited.\n"))
    }
}
