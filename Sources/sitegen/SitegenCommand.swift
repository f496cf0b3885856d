import ArgumentParser

struct SitegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static website generator for academics.",
        discussion: "Exit status: 0 on success, 1 when the site has errors, 2 on a usage error.",
        version: "0.1.0",
        subcommands: [NewCommand.self, BuildCommand.self, ServeCommand.self, MathCommand.self])
}
