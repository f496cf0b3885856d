/// A position in a template's characters, for `ViewTemplateParser`. It goes by `Character`,
/// as swift-mustache's parser does, so that both split a text alike (`"\r\n"` is one
/// character; a brace with a combining mark is not a brace).
struct ViewTemplateCursor {
    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var atEnd: Bool { position == characters.count }

    /// The character here, or NUL at the end.
    var current: Character { atEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    /// Skips the characters that satisfy `test` and returns them.
    @discardableResult
    mutating func skip(while test: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, test(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Reads `text` if it comes next, else stays; nil when fewer characters are left than `text`
    /// has (swift-mustache fails the template then).
    mutating func read(_ text: String) -> Bool? {
        let expected = Array(text)
        guard characters.count - position >= expected.count else { return nil }
        guard characters[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    /// Reads up to and including `text`; false, staying, when it never comes.
    mutating func skip(past text: String) -> Bool {
        let expected = Array(text)
        var index = position
        while index + expected.count <= characters.count {
            if characters[index..<index + expected.count].elementsEqual(expected) {
                position = index + expected.count
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether only spaces and tabs are left on the line; if so, moves past its line break
    /// (the end of the text ends the line only right here, not after spaces).
    mutating func lineEndsHere() -> Bool {
        if atEnd { return true }
        var index = position
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index < characters.count, characters[index].isNewline else { return false }
        position = index + 1
        return true
    }
}
