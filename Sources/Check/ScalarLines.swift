/// Maps offsets in Unicode scalars (the tokenizer's offsets) to 1-based lines and columns; a
/// line ends at LF, CRLF or a CR alone.
struct ScalarLines {
    /// The scalar offset at which each line starts.
    private var starts: [Int] = [0]

    init(_ text: String) {
        var previousWasCR = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" {
                if previousWasCR { starts[starts.count - 1] = offset + 1 } else { starts.append(offset + 1) }
            } else if scalar == "\r" {
                starts.append(offset + 1)
            }
            previousWasCR = scalar == "\r"
        }
    }

    func place(ofScalar offset: Int) -> PageScan.Place {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return PageScan.Place(line: low + 1, column: offset - starts[low] + 1)
    }
}
