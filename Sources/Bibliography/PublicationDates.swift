import Foundation
import Models

/// Reads an entry's date: biblatex's `date` (`2021`, `2021-03`, `2021-03-04`; of a range
/// `2021-03/2021-05` the start), else `year` with an optional `month` (`3`, `mar`, `March`).
enum PublicationDates {
    struct Reading: Equatable {
        var date: ContentDate
        var precision: Publication.DatePrecision
    }

    /// A biblatex date, or nil when it is not one.
    static func date(_ text: String) -> Reading? {
        let start = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let parts = start.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let year = number(parts[0], digits: 4), year >= 1 else { return nil }
        guard parts.count > 1 else { return Reading(date: ContentDate(year: year, month: 1, day: 1), precision: .year) }
        guard let month = number(parts[1], digits: 2), (1...12).contains(month) else { return nil }
        guard parts.count > 2 else { return Reading(date: ContentDate(year: year, month: month, day: 1), precision: .month) }
        guard let day = number(parts[2], digits: 2), ContentDate.isValid(year: year, month: month, day: day) else { return nil }
        return Reading(date: ContentDate(year: year, month: month, day: day), precision: .day)
    }

    /// A `year` value (four digits), or nil.
    static func year(_ text: String) -> Int? {
        number(Substring(text.trimmingCharacters(in: .whitespaces)), digits: 4).flatMap { $0 >= 1 ? $0 : nil }
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// A `month` value: a number 1–12, or an English month name or its abbreviation (`Sep.`, `sept`).
    static func month(_ text: String) -> Int? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word) { return (1...12).contains(number) ? number : nil }
        let name = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard name.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(name) }.map { $0 + 1 }
    }

    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
