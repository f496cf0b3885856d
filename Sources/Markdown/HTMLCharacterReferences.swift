/// Decodes character references in an attribute value as far as a URL check needs: every
/// numeric reference (`&#106;`, `&#x6A`, with or without `;`) and every named reference that
/// stands for ASCII (`&colon;`, `&Tab;`, `&NewLine;`, `&amp`, …).
///
/// The other named references stand for non-ASCII characters, which a browser never strips
/// from a URL and never reads as part of a scheme; they are left as written, and their `&`
/// (equally no scheme character) keeps the check's reading the same as the browser's.
public enum HTMLCharacterReferences {
    /// Every named reference whose text is ASCII, from the HTML standard's table.
    static let asciiNames: [String: String] = [
        "AMP;": "&", "DiacriticalGrave;": "`", "GT;": ">", "Hat;": "^", "LT;": "<", "NewLine;": "\n",
        "QUOT;": "\"", "Tab;": "\t", "UnderBar;": "_", "VerticalLine;": "|", "amp;": "&", "apos;": "'",
        "ast;": "*", "bsol;": "\\", "colon;": ":", "comma;": ",", "commat;": "@", "dollar;": "$",
        "equals;": "=", "excl;": "!", "fjlig;": "fj", "grave;": "`", "gt;": ">", "lbrace;": "{",
        "lbrack;": "[", "lcub;": "{", "lowbar;": "_", "lpar;": "(", "lsqb;": "[", "lt;": "<",
        "midast;": "*", "num;": "#", "percnt;": "%", "period;": ".", "plus;": "+", "quest;": "?",
        "quot;": "\"", "rbrace;": "}", "rbrack;": "]", "rcub;": "}", "rpar;": ")", "rsqb;": "]",
        "semi;": ";", "sol;": "/", "verbar;": "|", "vert;": "|",
        // Legacy names a browser also reads without `;`.
        "AMP": "&", "GT": ">", "LT": "<", "QUOT": "\"", "amp": "&", "gt": ">", "lt": "<", "quot": "\"",
    ]

    /// Windows-1252 characters that `&#128;`…`&#159;` stand for.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    public static func decodeAttributeValue(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        var decoded = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&" else {
                decoded.append(scalars[index])
                index += 1
                continue
            }
            if let (text, end) = reference(in: scalars, at: index) {
                decoded.append(contentsOf: text.unicodeScalars)
                index = end
            } else {
                decoded.append("&")
                index += 1
            }
        }
        return String(decoded)
    }

    /// The text of the reference whose `&` is at `start`, and where it ends.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "#" {
            return numeric(in: scalars, at: index + 1)
        }
        var name = ""
        while index < scalars.count, isAlphanumeric(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        if index < scalars.count, scalars[index] == ";", let text = asciiNames[name + ";"] {
            return (text, index + 1)
        }
        // In an attribute, a name without `;` is read only when no `=` or letter follows it.
        if let text = asciiNames[name], !name.isEmpty, index == scalars.count || (scalars[index] != "=" && scalars[index] != ";") {
            return (text, index)
        }
        return nil
    }

    /// `&#` followed by decimal digits, or by `x` and hexadecimal digits; `;` optional.
    private static func numeric(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start
        var radix: UInt32 = 10
        if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < scalars.count, let digit = digitValue(scalars[index], radix: radix) {
            value = min(value &* radix &+ digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        let code = windows1252[value] ?? value
        let isValid = code != 0 && code <= 0x10FFFF && !(0xD800...0xDFFF).contains(code)
        let scalar = isValid ? Unicode.Scalar(code) ?? "\u{FFFD}" : "\u{FFFD}"
        return (String(Character(scalar)), index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f" where radix == 16: return scalar.value - 0x61 + 10
        case "A"..."F" where radix == 16: return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
