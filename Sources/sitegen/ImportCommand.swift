import ArgumentParser
import Foundation
import JekyllImport

struct ImportCommand: ParsableCommand {
    /// The kinds of sites that can be imported.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jekyll
    }

    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a sitegen site from a Jekyll site (academicpages, al-folio, minimal-mistakes, plain Jekyll).",
        discussion: """
        Reads SRC, never writing into it, and writes the sitegen site into DEST (made when \
        missing): site.yml from _config.yml, and a report, IMPORT.md, of every file converted and \
        every key or tag not converted, with its file:line and what to do. Importing again into \
        the same DEST changes nothing; a file of DEST that the import would change (a page \
        edited since the last import) stops it before anything is written, unless --overwrite \
        is given. Exit status: 0, 1 when SRC is not a Jekyll site or a file \
        cannot be read or written, 2 on a usage error.
        """)

    @Argument(help: ArgumentHelp("The kind of site to import: jekyll.", valueName: "format"))
    var format: Format

    @Argument(help: ArgumentHelp("The Jekyll site's folder (with _config.yml).", valueName: "src"))
    var source: String

    @Argument(help: ArgumentHelp("The folder of the new sitegen site, outside SRC.", valueName: "dest"))
    var destination: String

    @Flag(help: "Write over files of DEST that differ from what the import makes (edits made since an earlier import are lost).")
    var overwrite = false

    private var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: source, relativeTo: cwd).path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw ValidationError("'\(source)' is not a folder")
        }
    }

    func run() throws {
        let report: ImportReport
        do throws(ImportFailure) {
            let importer = try JekyllImporter(folder: URL(fileURLWithPath: source, relativeTo: cwd))
            report = try importer.run(into: URL(fileURLWithPath: destination, relativeTo: cwd), overwrite: overwrite)
        } catch .destinationInSource {
            throw ValidationError("'\(destination)' is inside '\(source)': the import never writes into the site it reads; give a folder outside it")
        } catch {
            FileHandle.standardError.write(Data("\(error.diagnostic)\n".utf8))
            throw ExitCode(1)
        }
        print(report.text, terminator: "")
        print("Report written to \(URL(fileURLWithPath: destination).appendingPathComponent(ImportReport.fileName).relativePath). "
            + "Preview: sitegen serve --source \(destination)")
    }
}
