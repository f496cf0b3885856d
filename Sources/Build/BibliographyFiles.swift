import Diagnostics
import Load
import Models
import Parse

/// Reads the `.bib` files that `site.yml`'s `bibliography:` names (relative to the site folder),
/// to be parsed with the files under `content/`. A file that is missing, outside the site folder
/// or of a kind no source format reads is an error at its path in `site.yml`.
struct BibliographyFiles {
    let formats: SourceFormats
    let loader: NamedFileLoader

    struct Outcome {
        var files: [LoadedFile] = []
        var diagnostics: [Diagnostic] = []
        /// The paths inside the site folder but outside the folders every build reads, found or
        /// not: a file that appears or changes there changes the site.
        var watched: [String] = []
    }

    /// The named files; one of `sources` (already read from `content/`) is not read twice.
    func load(_ settings: PublicationSettings, besides sources: [SourceInput]) -> Outcome {
        var outcome = Outcome()
        guard !settings.bibliography.isEmpty else { return outcome }
        var seen = Set(sources.map(\.path))
        for place in settings.bibliography {
            if let path = NamedFileLoader.normalized(place.path),
               !SiteLayout.folders.contains(where: { path.hasPrefix($0 + "/") }), !outcome.watched.contains(path) {
                outcome.watched.append(path)
            }
            let name = "bibliography file '\(place.path)'"
            guard formats.format(for: place.path) != nil else {
                outcome.diagnostics.append(place.error("\(name) is not of a kind sitegen reads; name a .bib file"))
                continue
            }
            switch loader.load(place.path) {
            case .success(let file):
                if seen.insert(file.file.path).inserted { outcome.files.append(file) }
            case .failure(let problem):
                outcome.diagnostics.append(place.error(name + " " + Self.describe(problem)))
            }
        }
        return outcome
    }

    static func describe(_ problem: NamedFileLoader.Problem) -> String {
        switch problem {
        case .outsideSite: return "is outside the site folder; give a path inside it, such as refs/papers.bib"
        case .linkOutOfSite(let target): return "is a symbolic link that leads out of the site (to \(target))"
        case .missing: return "does not exist"
        case .notAFile: return "is not a file"
        case .unreadable: return "cannot be read"
        }
    }
}
