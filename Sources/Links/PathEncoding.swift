/// Percent-encoding of URL paths, in Swift: `addingPercentEncoding` goes through
/// NSString on Linux and cost a tenth of a rebuild when every page's URL went through it.
public enum PathEncoding {
    /// `news/Café talk/` → `news/Caf%C3%A9%20talk/`: every byte outside RFC 3986's path
    /// characters (unreserved, sub-delims, `:`, `@` and `/`) and the ASCII of `keeping` is escaped.
    public static func encode(_ path: String, keeping extra: String = "") -> String {
        let isAllowed = { (byte: UInt8) in Self.isAllowed(byte) || extra.utf8.contains(byte) }
        guard path.utf8.contains(where: { !isAllowed($0) }) else { return path }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(path.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            if isAllowed(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }
}
