/// Mutants of a `.bib` text for the reader's fuzz test: bytes deleted, inserted (mostly
/// BibTeX's own punctuation), duplicated or moved, deep braces, cut files.
struct BibMutator {
    private var random: SplitMix64
    private(set) var applied: [String] = []
    static let punctuation = Array("{}()\"@#,=%\\ \n\r\tAzé0".utf8)

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func mutate(_ original: [UInt8]) -> [UInt8] {
        var bytes = original
        for _ in 0...random.below(4) {
            guard !bytes.isEmpty else { bytes = Array("@".utf8); continue }
            let at = random.below(bytes.count + 1)
            let length = min(bytes.count - min(at, bytes.count), 1 + random.below(random.chance(80) ? 4 : 400))
            switch random.below(7) {
            case 0:
                bytes.removeSubrange(min(at, bytes.count - 1)..<min(at, bytes.count - 1) + max(1, length))
                applied.append("delete \(length) at \(at)")
            case 1, 2:
                let inserted = (0...random.below(3)).map { _ in random.pick(Self.punctuation) }
                bytes.insert(contentsOf: inserted, at: at)
                applied.append("insert \(inserted) at \(at)")
            case 3:
                let from = random.below(bytes.count)
                let piece = bytes[from..<min(bytes.count, from + 1 + random.below(200))]
                bytes.insert(contentsOf: piece, at: at)
                applied.append("copy \(piece.count) from \(from) to \(at)")
            case 4:
                let depth = random.pick([3, 255, 256, 257, 2000])
                bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "{"), count: depth), at: at)
                applied.append("\(depth) braces at \(at)")
            case 5:
                bytes.removeSubrange(at..<bytes.count)
                applied.append("cut at \(at)")
            default:
                let other = random.below(bytes.count)
                if at < bytes.count { bytes.swapAt(at, other) }
                applied.append("swap \(at) and \(other)")
            }
        }
        return bytes
    }
}
