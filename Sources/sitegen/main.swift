import ArgumentParser
import Foundation

/// Runs the command the arguments name. Usage errors exit with 2 (ArgumentParser's default
/// is 64), content errors with 1.
func runCommand() async {
    do {
        var command = try SitegenCommand.parseAsRoot()
        if var asynchronous = command as? AsyncParsableCommand {
            try await asynchronous.run()
        } else {
            try command.run()
        }
    } catch {
        if SitegenCommand.exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((SitegenCommand.fullMessage(for: error) + "\n").utf8))
            SitegenCommand.exit(withError: ExitCode(2))
        }
        SitegenCommand.exit(withError: error)
    }
}

await runCommand()
