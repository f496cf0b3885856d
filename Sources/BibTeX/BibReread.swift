import Diagnostics

/// Reads an edited `.bib` file again, taking from the earlier reading every command the edit
/// cannot have changed: those whose bytes, and those up to the next command's `@`, are before
/// the first changed byte, and, from the first command after the last changed byte that starts where
/// an earlier one started with the same `@string` macros before it and in the same column,
/// every command to the end, moved by the lines the edit added or removed. The commands in
/// between are read again. The result is the commands a reading of the whole file makes.
struct BibReread {
    let earlier: BibReading
    let bytes: [UInt8]
    let lines: LineIndex

    func commands(with parser: inout BibParser) -> [BibCommand] {
        let old = earlier.commands
        let prefix = Self.commonPrefix(earlier.bytes, bytes)
        let suffix = Self.commonSuffix(earlier.bytes, bytes, limit: min(earlier.bytes.count, bytes.count) - prefix)
        var kept = 0
        while kept + 1 < old.count, old[kept + 1].start < prefix, old[kept].reach <= prefix { kept += 1 }
        if kept < old.count, old[kept].start < prefix {
            parser.resume(at: old[kept].start, macros: old[kept].macros)
        } else {
            kept = 0
        }
        // A kept command's diagnostic may be on a line that goes on past the first change.
        var commands = old[..<kept].map { command in
            command.diagnostics.isEmpty ? command : command.moved(bytes: 0, lines: 0, fileLines: lines)
        }
        let shift = bytes.count - earlier.bytes.count
        let suffixStart = bytes.count - suffix
        while let start = parser.nextStart() {
            if start >= suffixStart, let index = Self.index(of: start - shift, in: old, from: kept), old[index].macros == parser.macros {
                let (line, column) = lines.position(ofByte: start)
                let (oldLine, oldColumn) = earlier.file.lines.position(ofByte: start - shift)
                if column == oldColumn {
                    for command in old[index...] {
                        if command.mentionsLines, line != oldLine {
                            parser.resume(at: command.start + shift, macros: command.macros)
                            commands.append(parser.readCommand(at: command.start + shift))
                        } else {
                            commands.append(command.moved(bytes: shift, lines: line - oldLine, fileLines: lines))
                        }
                    }
                    return commands
                }
            }
            commands.append(parser.readCommand(at: start))
        }
        return commands
    }

    /// The index of the command of `commands` (from `first` on) whose `@` is at `start`.
    private static func index(of start: Int, in commands: [BibCommand], from first: Int) -> Int? {
        var low = first
        var high = commands.count
        while low < high {
            let middle = (low + high) / 2
            if commands[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < commands.count && commands[low].start == start ? low : nil
    }

    /// How many bytes `a` and `b` share at their start.
    static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let count = min(a.count, b.count)
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var index = 0
                while index < count, a[index] == b[index] { index += 1 }
                return index
            }
        }
    }

    /// How many bytes `a` and `b` share at their end, at most `limit`.
    static func commonSuffix(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var length = 0
                while length < limit, a[a.count - 1 - length] == b[b.count - 1 - length] { length += 1 }
                return length
            }
        }
    }
}
