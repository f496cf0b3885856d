import Foundation
import Models

/// The day a build is for: `--now`, else `SOURCE_DATE_EPOCH` (reproducible builds), else today (UTC).
public enum BuildDate {
    public static func resolve(now: String?, environment: [String: String]) -> Result<ContentDate, BuildDateError> {
        if let now {
            guard let date = ContentDate(parsing: now) else { return .failure(.invalidNow(now)) }
            return .success(date)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else { return .failure(.invalidEpoch(epoch)) }
            return .success(day(of: Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
        return .success(day(of: Date()))
    }

    static func day(of date: Date) -> ContentDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return ContentDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

public enum BuildDateError: Error, CustomStringConvertible {
    case invalidNow(String)
    case invalidEpoch(String)

    public var description: String {
        switch self {
        case .invalidNow(let value): return "--now '\(value)' is not a date such as 2026-03-09"
        case .invalidEpoch(let value): return "SOURCE_DATE_EPOCH '\(value)' is not a number of seconds"
        }
    }
}
