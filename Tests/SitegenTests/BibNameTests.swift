import BibTeX
import Models
import Testing

/// BibTeX's name rules: the list split at `and`, each name into First, von, Last and Jr.
@Suite struct BibNameTests {
    /// `first|von|last|jr`, with `+others` for an "et al.".
    static func parts(_ name: BibName) -> String {
        name.isOthers ? "+others" : [name.first, name.von, name.last, name.jr].joined(separator: "|")
    }

    static func names(_ value: String) -> [String] {
        BibNameParser.names(in: value).map(parts)
    }

    @Test(arguments: [
        ("Donald E. Knuth", "Donald E.||Knuth|"),
        ("Knuth, Donald E.", "Donald E.||Knuth|"),
        ("Ludwig van Beethoven", "Ludwig|van|Beethoven|"),
        ("van Beethoven, Ludwig", "Ludwig|van|Beethoven|"),
        ("Jean de la Fontaine", "Jean|de la|Fontaine|"),
        ("de la Fontaine, Jean", "Jean|de la|Fontaine|"),
        ("Charles Louis Xavier Joseph de la Vallée Poussin", "Charles Louis Xavier Joseph|de la|Vallée Poussin|"),
        ("Ford, Jr., Henry", "Henry||Ford|Jr."),
        ("von Neumann, Jr, John", "John|von|Neumann|Jr"),
        ("Knuth", "||Knuth|"),
        ("{Barnes and Noble}", "||{Barnes and Noble}|"),
        ("{Barnes and Noble, Inc.}", "||{Barnes and Noble, Inc.}|"),
        ("Jean-Pierre Serre", "Jean-Pierre||Serre|"),
        ("Serre, Jean-Pierre", "Jean-Pierre||Serre|"),
        ("D.~E. Knuth", "D. E.||Knuth|"),
        ("Kurt G{\\\"o}del", "Kurt||G{\\\"o}del|"),
        ("Johannes {\\\"u}ber Meier", "Johannes|{\\\"u}ber|Meier|"),
        ("Johannes {\\\"U}ber Meier", "Johannes {\\\"U}ber||Meier|"),
        ("Anne {\\oe}uvre Dupont", "Anne|{\\oe}uvre|Dupont|"),
        ("Anne {\\OE}uvre Dupont", "Anne {\\OE}uvre||Dupont|"),
        ("Anne {\\v s}imon Dupont", "Anne|{\\v s}imon|Dupont|"),
        ("{van} Beethoven, Ludwig", "Ludwig||{van} Beethoven|"),
        ("Maria {de la} Cruz", "Maria {de la}||Cruz|"),
        ("ludwig van beethoven", "|ludwig van|beethoven|"),
        ("  Ada   Quinlan  ", "Ada||Quinlan|"),
        ("Quinlan, ", "||Quinlan|"),
    ])
    func aNameIsSplitIntoItsParts(name: String, expected: String) {
        #expect(Self.parts(BibNameParser.parse(name)) == expected)
    }

    @Test func theListIsSplitAtAndInAnyCaseAtDepthZero() {
        #expect(Self.names("Ada Quinlan and Knuth, Donald") == ["Ada||Quinlan|", "Donald||Knuth|"])
        #expect(Self.names("A Quinlan AND B Weber And C Raman aNd D Osei") == ["A||Quinlan|", "B||Weber|", "C||Raman|", "D||Osei|"])
        #expect(Self.names("A Quinlan\n  and\tB Weber") == ["A||Quinlan|", "B||Weber|"])
        #expect(Self.names("{Barnes and Noble} and Ada Quinlan") == ["||{Barnes and Noble}|", "Ada||Quinlan|"])
        #expect(Self.names("Alexandra Sandberg and Andy Anderson") == ["Alexandra||Sandberg|", "Andy||Anderson|"])
        #expect(Self.names("and Ada Quinlan and and B Weber and") == ["|and|Ada Quinlan|", "B Weber||and|"])
        #expect(Self.names("Ada Quinlan and , and {}") == ["Ada||Quinlan|", "||{}|"])
        #expect(Self.names("") == [])
    }

    @Test func othersInAnyCaseIsEtAl() {
        #expect(Self.names("Ada Quinlan and others") == ["Ada||Quinlan|", "+others"])
        #expect(Self.names("Ada Quinlan and OTHERS") == ["Ada||Quinlan|", "+others"])
        #expect(Self.names("Ada Quinlan and {others}") == ["Ada||Quinlan|", "||{others}|"])
    }

    @Test func markersAreStrippedFromTheEndsOfAName() {
        func author(_ text: String) -> String {
            let author = PublicationAuthor(writtenName: text)
            return [author.first, author.von, author.last, author.jr, author.markers].joined(separator: "|")
        }
        #expect(author("Ada Quinlan*") == "Ada||Quinlan||*")
        #expect(author("Ada Quinlan†‡") == "Ada||Quinlan||†‡")
        #expect(author("Ada Quinlan *") == "Ada||Quinlan||*")
        #expect(author("Quinlan, Ada∗") == "Ada||Quinlan||∗")
        #expect(author("§Ada Quinlan") == "Ada||Quinlan||§")
        #expect(author("Ada Quinlan^*") == "Ada||Quinlan||*")
        #expect(author("Ada Quinlan^") == "Ada||Quinlan||^")
        #expect(author("Ada Q*uinlan") == "Ada||Q*uinlan||")
        #expect(author("*") == "||||*")
        #expect(PublicationAuthor(writtenName: "others").isOthers)
    }

    /// Random names from pieces that matter to the parser: never a crash, every scalar of a
    /// non-separator kept in some part, and the split never loses a name's letters.
    @Test func randomValuesNeverCrashAndKeepTheirLetters() {
        let pieces = ["a", "B", " ", "  ", ",", "{", "}", "\\", "\\\"", "{\\\"o}", "{\\OE}", "and", " and ", " AND ", "~", "-",
                      "others", "é", "𝄞", "\n", "\t", "von", "Jr", "{\\", "\\v{", "\u{0301}", ".", "*", "†", "^"]
        var generator = SplitMix64(seed: 0xBA_5E)
        for _ in 0..<20_000 {
            let value = (0..<generator.below(24)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            let names = BibNameParser.names(in: value)
            let kept = names.map { [$0.first, $0.von, $0.last, $0.jr].joined() }.joined()
            let letters = { (text: String) in text.unicodeScalars.filter { $0.properties.isAlphabetic }.count }
            // The split drops only the letters of the separating `and`s.
            #expect(letters(kept) <= letters(value), "\(value.debugDescription)")
            for name in names where !name.isOthers {
                #expect(!(name.first + name.von + name.last + name.jr).isEmpty, "\(value.debugDescription)")
                let author = PublicationAuthor(parts: name)
                #expect(!author.markers.contains(" ") && !author.isOthers, "\(value.debugDescription)")
            }
        }
    }

    @Test func aLongValueIsSplitInLinearTime() {
        let value = Array(repeating: "{\\\"O}rs von der M{\\\"u}hlen, Jr, Ana-Maria", count: 20_000).joined(separator: " and ")
        let names = BibNameParser.names(in: value)
        #expect(names.count == 20_000)
        // As in BibTeX, before a comma the von part runs from the first word to the last lower-case one.
        #expect(names.last.map(Self.parts) == "Ana-Maria|{\\\"O}rs von der|M{\\\"u}hlen|Jr")
        let unbalanced = String(repeating: "{", count: 100_000) + " and " + String(repeating: "a ", count: 100_000)
        #expect(BibNameParser.names(in: unbalanced).count == 1)
    }
}
