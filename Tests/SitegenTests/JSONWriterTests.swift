import Foundation
@testable import Render
import Testing

/// The JSON writer behind JSON-LD: valid JSON a parser reads back, keys in the order given,
/// and strings that cannot end the `<script>` element they stand in.
@Suite struct JSONWriterTests {
    /// Parses `text` with Foundation's parser (fragments allowed).
    static func parsed(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    @Test func stringsEscapeWhatJSONAndScriptElementsNeed() throws {
        let text = "a\"b\\c</script><!--x-->&\n\r\t\u{01}\u{1F}\u{7F}\u{2028}\u{2029}é😀"
        let written = JSONWriter.write(.string(text))
        #expect(written == #""a\"b\\c\u003c/script\u003e\u003c!--x--\u003e\u0026\n\r\t\u0001\u001f\u007f\u2028\u2029é😀""#)
        #expect(!written.contains("<") && !written.contains(">"))
        #expect(try Self.parsed(written) as? String == text)
        // Other characters whose UTF-8 starts as U+2028's does are written as they are.
        let near = "…\u{2027}\u{202A}\u{20A8}x\u{2028}"
        #expect(JSONWriter.write(.string(near)) == "\"…\u{2027}\u{202A}\u{20A8}x\\u2028\"")
    }

    @Test func objectsKeepTheirKeyOrderAndNest() throws {
        let value = JSONValue.object([
            (key: "z", value: .integer(-3)),
            (key: "a", value: .array([.bool(true), .bool(false), .decimal(Decimal(string: "12.50")!), .object([])])),
            (key: "m", value: .object([(key: "<k>", value: .string("v"))])),
        ])
        let written = JSONWriter.write(value)
        #expect(written == #"{"z":-3,"a":[true,false,12.5,{}],"m":{"\u003ck\u003e":"v"}}"#)
        let object = try #require(try Self.parsed(written) as? [String: Any])
        #expect(object["z"] as? Int == -3)
        #expect((object["a"] as? [Any])?.count == 4)
        #expect(((object["a"] as? [Any])?[2] as? NSNumber)?.doubleValue == 12.5)
        #expect((object["m"] as? [String: Any])?["<k>"] as? String == "v")
    }

    @Test func numbersAreWrittenExactly() throws {
        #expect(JSONWriter.write(.array([.integer(0), .integer(Int.max), .integer(Int.min)])) == "[0,9223372036854775807,-9223372036854775808]")
        #expect(JSONWriter.write(.decimal(Decimal(string: "0.001")!)) == "0.001")
        #expect(JSONWriter.write(.decimal(Decimal(string: "-40000.25")!)) == "-40000.25")
        #expect(try Self.parsed(JSONWriter.write(.decimal(Decimal(string: "-40000.25")!))) as? Double == -40000.25)
    }

    @Test func nodesPutTheirTypeFirstAndLeaveAbsentValuesOut() {
        let node = JSONValue.node("Person", ["name": .string("A"), "email": .text(nil), "jobTitle": .text(""), "url": .string("u")])
        #expect(JSONWriter.write(node) == #"{"@type":"Person","name":"A","url":"u"}"#)
        #expect(PageJSONLD.document([]) == nil)
        #expect(PageJSONLD.document([node]).map(JSONWriter.write) == #"{"@context":"https://schema.org","@type":"Person","name":"A","url":"u"}"#)
        #expect(PageJSONLD.document([node, node]).map(JSONWriter.write)
            == #"{"@context":"https://schema.org","@graph":[{"@type":"Person","name":"A","url":"u"},{"@type":"Person","name":"A","url":"u"}]}"#)
    }
}
