import Diagnostics

extension BibEntry {
    /// How many lines further down the file this entry is than `earlier`, when it is `earlier`
    /// moved whole: the same type, key and fields (inherited ones too), and every position (the
    /// entry's, its fields' names and values) the same number of lines further, in the same
    /// column. Nil when anything else differs. What was made of `earlier` then holds for this
    /// entry once its positions are moved.
    public func linesMoved(since earlier: BibEntry) -> Int? {
        let lines = location.line - earlier.location.line
        guard location.isMoved(from: earlier.location, lines: lines), type == earlier.type, writtenType == earlier.writtenType,
              key == earlier.key, fields.count == earlier.fields.count else { return nil }
        for (field, old) in zip(fields, earlier.fields) {
            guard field.name == old.name, field.value == old.value, field.inheritedFrom == old.inheritedFrom,
                  field.nameLocation.isMoved(from: old.nameLocation, lines: lines),
                  field.valueLocation.isMoved(from: old.valueLocation, lines: lines) else { return nil }
        }
        return lines
    }
}

extension SourceLocation {
    fileprivate func isMoved(from earlier: SourceLocation, lines: Int) -> Bool {
        self == earlier.moved(lines: lines)
    }
}
