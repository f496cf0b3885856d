/// Texts written into YAML files (the starter site's, an imported site's) so that they read back
/// exactly as they were.
public enum YAMLQuoting {
    /// A YAML double-quoted scalar: `"Dr. \"Ada\" Quinlan"`; control characters escaped.
    public static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                quoted += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
