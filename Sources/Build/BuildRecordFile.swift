import Diagnostics
import Foundation
import Load

/// A build record as a file: a first line naming the layout, a line of JSON with the setting
/// and the report, then one line per stamp (`inode size modified changed path`), which a
/// 10,000-page site has 20,000 of: read and written by hand, they cost a few milliseconds
/// where JSON took a hundred.
enum BuildRecordFile {
    static let firstLine = "sitegen build record 2"

    /// Everything but the stamps.
    private struct Head: Codable {
        var setting: BuildRecord.Setting
        var namedFiles: [String]
        var diagnostics: [Diagnostic]
        var pagesByKind: [String: Int]
        var filesCopied: Int
    }

    static func encode(_ record: BuildRecord) throws -> [UInt8] {
        let head = Head(
            setting: record.setting, namedFiles: record.namedFiles, diagnostics: record.diagnostics,
            pagesByKind: record.pagesByKind, filesCopied: record.filesCopied)
        var bytes = Array((firstLine + "\n").utf8)
        // Sized once: the stamps of a 10,000-page site make a record of megabytes.
        let stampBytes = [record.inputs, record.output].reduce(0) { total, stamps in
            stamps.keys.reduce(total) { $0 + $1.utf8.count + 80 }
        }
        bytes.reserveCapacity(stampBytes + 64 * 1024)
        // JSON escapes line feeds inside strings, so the head is one line.
        bytes += try JSONEncoder().encode(head)
        bytes.append(UInt8(ascii: "\n"))
        for (title, stamps) in [("inputs", record.inputs), ("output", record.output)] {
            bytes += Array("\(title) \(stamps.count)\n".utf8)
            for (path, stamp) in stamps {
                bytes += Array("\(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) ".utf8)
                bytes += escaped(path)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        return bytes
    }

    /// The record in `bytes`; nil for anything else (another layout, a file cut short).
    static func decode(_ bytes: [UInt8]) -> BuildRecord? {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map({ String(decoding: $0, as: UTF8.self) }) == firstLine,
              let headLine = lines.popFirst(),
              let head = try? JSONDecoder().decode(Head.self, from: Data(headLine)),
              let inputs = stamps(titled: "inputs", from: &lines),
              let output = stamps(titled: "output", from: &lines),
              lines.count == 1, lines.first?.isEmpty == true else { return nil }
        return BuildRecord(
            setting: head.setting, inputs: inputs, namedFiles: head.namedFiles, output: output,
            diagnostics: head.diagnostics, pagesByKind: head.pagesByKind, filesCopied: head.filesCopied)
    }

    private static func stamps(titled title: String, from lines: inout ArraySlice<ArraySlice<UInt8>>) -> [String: FileStamp]? {
        guard let heading = lines.popFirst() else { return nil }
        let parts = heading.split(separator: UInt8(ascii: " "))
        guard parts.count == 2, String(decoding: parts[0], as: UTF8.self) == title,
              let count = number(parts[1]).flatMap(Int.init(exactly:)), count <= lines.count else { return nil }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(count)
        for _ in 0..<count {
            guard let line = lines.popFirst() else { return nil }
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let inode = number(fields[0]).flatMap(UInt64.init(exactly:)),
                  let size = number(fields[1]), let modified = number(fields[2]), let changed = number(fields[3]),
                  let path = unescaped(fields[4]) else { return nil }
            stamps[path] = FileStamp(inode: inode, size: size, modified: modified, changed: changed)
        }
        return stamps
    }

    /// A decimal number, with `-` for a negative one (a time before 1970).
    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        Int64(String(decoding: digits, as: UTF8.self))
    }

    /// The path with `%` and line feeds written as `%25` and `%0A`, so that it stays on its line.
    private static func escaped(_ path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"): bytes += Array("%25".utf8)
            case UInt8(ascii: "\n"): bytes += Array("%0A".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes
    }

    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "%") {
                let code = bytes[index..<min(index + 3, bytes.endIndex)]
                if code.elementsEqual("%25".utf8) {
                    result.append(UInt8(ascii: "%"))
                } else if code.elementsEqual("%0A".utf8) {
                    result.append(UInt8(ascii: "\n"))
                } else {
                    return nil
                }
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(validating: result, as: UTF8.self)
    }
}
