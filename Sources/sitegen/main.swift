import ArgumentParser
import Foundation

// Usage errors exit with 2 (ArgumentParser's default is 64), content errors with 1.
do {
    var command = try SitegenCommand.parseAsRoot()
    try command.run()
} catch {
    if SitegenCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((SitegenCommand.fullMessage(for: error) + "\n").utf8))
        SitegenCommand.exit(withError: ExitCode(2))
    }
    SitegenCommand.exit(withError: error)
}
