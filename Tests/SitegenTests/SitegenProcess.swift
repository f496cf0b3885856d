import Foundation

/// Runs the `sitegen` binary with `arguments`, its standard input `input` (or /dev/null, never a
/// terminal), and returns its exit status and what it printed on each stream.
func runSitegen(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = CommandLineTests.binary
    process.environment = CommandLineTests.environment
    process.arguments = arguments
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    let outText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, outText, errorText)
}
