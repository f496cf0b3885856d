import ArgumentParser
import Foundation

struct SitegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static website generator for academics.",
        discussion: "Exit status: 0 on success, 1 when the site has errors, 2 on a usage error.",
        version: "0.1.0",
        subcommands: [NewCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, MathCommand.self, ImportCommand.self])

    /// `sitegen` alone names no command: a usage error, so the help goes to standard error and
    /// the exit status is 2, as for any other usage error.
    func run() throws {
        FileHandle.standardError.write(Data((Self.helpMessage() + "\n").utf8))
        throw ExitCode(2)
    }
}
