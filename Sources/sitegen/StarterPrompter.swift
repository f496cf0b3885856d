import Foundation

/// Asks for the answers `sitegen new` was not given, on a terminal only: one line each, the
/// default in brackets taken by an empty answer or the end of input, a wrong answer asked again.
struct StarterPrompter {
    func ask(_ question: String, default defaultAnswer: String, check: (String) -> String?) -> String {
        while true {
            FileHandle.standardOutput.write(Data("\(question) [\(defaultAnswer)]: ".utf8))
            guard let line = readLine() else { return defaultAnswer }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return defaultAnswer }
            guard let problem = check(answer) else { return answer }
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
    }
}
