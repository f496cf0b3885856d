import ArgumentParser
import Build
import Foundation
import Models

/// The checks `build` and `serve` share, found before any work: each failure is a usage
/// error (exit 2).
enum ArgumentChecks {
    /// `--now`, else `SOURCE_DATE_EPOCH`, else today.
    static func buildDate(now: String?) throws -> ContentDate {
        switch BuildDate.resolve(now: now, environment: ProcessInfo.processInfo.environment) {
        case .success(let date): return date
        case .failure(let error): throw ValidationError(error.description)
        }
    }

    static func siteFolder(_ url: URL, given source: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--source '\(source)' is not a folder")
        }
    }

    static func baseURL(_ baseURL: String?) throws {
        if let baseURL, SiteConfig.splitBaseURL(baseURL) == nil {
            throw ValidationError("--base-url '\(baseURL)' is not a base URL: give https://host/path/ or a path such as /lab-site/")
        }
    }
}
