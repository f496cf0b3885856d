import Diagnostics
import Foundation
import Synchronization
import Testing
@testable import Output

/// A value threads share, in a class so that closures can hold it.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    var value: Value { mutex.withLock { $0 } }

    func update(_ body: (inout Value) -> Void) { mutex.withLock { body(&$0) } }
}

/// Failures injected into the output writer's file-system calls: the previous site must survive
/// byte for byte, and the message must say what failed, where, and why.
@Suite struct OutputFaultTests {
    /// A parent folder with an output `out` written once, and a writer into it whose file-system
    /// calls the test changes.
    final class Fixture {
        let parent: TempSite
        let output: URL
        var writer: OutputWriter
        let before: [String: Data]

        init() throws {
            parent = try TempSite(["content/report.pdf": "%PDF"])
            output = parent.root.appendingPathComponent("out")
            writer = OutputWriter(destination: output)
            _ = try writer.write(OutputWriterTests.items)
            before = OutputWriterTests.files(in: output)
        }

        var files: [String: Data] { OutputWriterTests.files(in: output) }

        /// Names in the parent folder but the site's own `content`.
        func parentNames() throws -> [String] {
            try OutputWriterTests.names(in: parent.root).filter { $0 != "content" }
        }

        func write(_ items: [OutputItem] = OutputWriterTests.newItems) -> [String] {
            OutputWriterTests.thrownMessages { _ = try writer.write(items) }
        }
    }

    @Test func aFullDiskNamesTheFileAndTheErrnoAndKeepsThePreviousSite() throws {
        let fixture = try Fixture()
        let create = fixture.writer.fileSystem.createFile
        fixture.writer.fileSystem.createFile = { path, bytes throws(POSIXFile.Failure) in
            if path.hasSuffix("/news/b/index.html") { throw POSIXFile.Failure(path: path, code: ENOSPC) }
            try create(path, bytes)
        }
        #expect(fixture.write() == [
            "error: cannot write the site to \(fixture.output.path): writing news/b/index.html: No space left on device; the previous site in \(fixture.output.path) is intact",
        ])
        #expect(fixture.files == fixture.before)
        #expect(try fixture.parentNames() == ["out"])
    }

    /// Files are written many at a time; the failure reported is the first item's, not the
    /// first to happen.
    @Test func ofManyFailuresTheFirstItemsIsReported() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.createFile = { path, _ throws(POSIXFile.Failure) in
            // The first item fails at once, the others a little later.
            if !path.hasSuffix("/p0/index.html") { usleep(20_000) }
            throw POSIXFile.Failure(path: path, code: ENOSPC)
        }
        let items = (0..<40).map { OutputItem(path: "p\($0)/index.html", source: .bytes(Array("page \($0)".utf8)), origin: "page /p\($0)/") }
        #expect(fixture.write(items) == [
            "error: cannot write the site to \(fixture.output.path): writing p0/index.html: No space left on device; the previous site in \(fixture.output.path) is intact",
        ])
        #expect(fixture.files == fixture.before)
    }

    @Test func anUnreadableSourceIsNamedAsTheFileRead() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.copyFile = { source, _ throws(POSIXFile.Failure) in throw POSIXFile.Failure(path: source, code: EACCES) }
        let pdf = OutputItem(path: "report.pdf", source: .copy(fixture.parent.root.appendingPathComponent("content/report.pdf")), origin: "content/report.pdf")
        #expect(fixture.write(OutputWriterTests.newItems + [pdf]) == [
            "error: cannot write the site to \(fixture.output.path): reading content/report.pdf: Permission denied; the previous site in \(fixture.output.path) is intact",
        ])
        #expect(fixture.files == fixture.before)
        #expect(try fixture.parentNames() == ["out"])
    }

    @Test func aFailedFirstWriteSaysNothingWasCreated() throws {
        let parent = try TempSite()
        let output = parent.root.appendingPathComponent("out")
        var writer = OutputWriter(destination: output)
        writer.fileSystem.makeFolder = { path throws(POSIXFile.Failure) in
            if path.hasSuffix("/news") { throw POSIXFile.Failure(path: path, code: EROFS) }
            try POSIXFile.makeDirectory(path)
        }
        #expect(OutputWriterTests.thrownMessages { _ = try writer.write(OutputWriterTests.items) } == [
            "error: cannot write the site to \(output.path): creating the folder news: Read-only file system; \(output.path) was not created",
        ])
        #expect(try OutputWriterTests.names(in: parent.root) == [])
    }

    /// Where the system cannot swap in one step, the previous site goes aside, and is put back
    /// when the new one cannot be moved in.
    @Test func aFailedSecondRenameRollsBack() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.exchange = { _, _ in ENOSYS }
        let rename = fixture.writer.fileSystem.rename
        fixture.writer.fileSystem.rename = { source, target in
            source.contains(".out.sitegen-new-") ? EIO : rename(source, target)
        }
        #expect(fixture.write() == [
            "error: cannot write the site to \(fixture.output.path): moving the new site into place: Input/output error; the previous site in \(fixture.output.path) is intact",
        ])
        #expect(fixture.files == fixture.before)
        #expect(try fixture.parentNames() == ["out"])
    }

    @Test func aFailedExchangeKeepsThePreviousSite() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.exchange = { _, _ in EIO }
        #expect(fixture.write() == [
            "error: cannot write the site to \(fixture.output.path): swapping the new site in: Input/output error; the previous site in \(fixture.output.path) is intact",
        ])
        #expect(fixture.files == fixture.before)
        #expect(try fixture.parentNames() == ["out"])
    }

    @Test func twoRenamesSwapWhenTheSystemCannotExchange() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.exchange = { _, _ in EINVAL }
        #expect(fixture.write() == ["no error"])
        #expect(fixture.files["news/b/index.html"] == Data("news b".utf8))
        #expect(fixture.files["news/a/index.html"] == nil)
        #expect(try fixture.parentNames() == ["out"])
    }

    /// The swap never leaves the output path empty: with the exchange, no rename of the output
    /// happens at all.
    @Test func theSwapIsOneExchange() throws {
        let fixture = try Fixture()
        let renames = Shared<[String]>([])
        let rename = fixture.writer.fileSystem.rename
        fixture.writer.fileSystem.rename = { source, target in
            renames.update { $0.append(target) }
            return rename(source, target)
        }
        #expect(fixture.write() == ["no error"])
        #expect(renames.value == [])
        #expect(fixture.files["index.html"] == Data("new home".utf8))
    }

    @Test func whenThePreviousSiteCannotBePutBackTheMessageSaysWhereItIs() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.exchange = { _, _ in ENOSYS }
        let rename = fixture.writer.fileSystem.rename
        let output = fixture.output.path
        fixture.writer.fileSystem.rename = { source, target in
            target == output ? EIO : rename(source, target)
        }
        let messages = fixture.write()
        let aside = try #require(try fixture.parentNames().first { $0.hasPrefix(".out.sitegen-old-") })
        let asidePath = fixture.parent.root.appendingPathComponent(aside).path
        #expect(messages == [
            "error: cannot write the site to \(fixture.output.path): moving the new site into place: Input/output error; the previous site could not be put back and is in \(asidePath)",
        ])
        #expect(OutputWriterTests.files(in: URL(fileURLWithPath: asidePath)) == fixture.before)
    }

    /// A read-only previous output cannot be deleted after the swap: a warning says where it is.
    @Test func aPreviousSiteThatCannotBeDeletedIsReported() throws {
        let fixture = try Fixture()
        fixture.writer.fileSystem.removeTree = { path in POSIXFile.Failure(path: path + "/index.html", code: EACCES) }
        let outcome = try fixture.writer.write(OutputWriterTests.newItems)
        let kept = try #require(try fixture.parentNames().first { $0.hasPrefix(".out.sitegen-") })
        let keptPath = fixture.parent.root.appendingPathComponent(kept).path
        #expect(outcome.warnings.map(\.headline) == [
            "warning: could not remove the previous site, moved to \(keptPath): \(keptPath)/index.html: Permission denied; remove it by hand",
        ])
        #expect(OutputWriterTests.files(in: URL(fileURLWithPath: keptPath)) == fixture.before)
        #expect(fixture.files["index.html"] == Data("new home".utf8))
    }

    /// Staging and set-aside folders of killed builds go at the next build; those of other
    /// outputs in the same folder stay.
    @Test func leftoversOfThisOutputAreRemovedAndTheRestKept() throws {
        let fixture = try Fixture()
        for name in [".out.sitegen-new-12-34/news/x.html", ".out.sitegen-old-56-78/index.html", ".out2.sitegen-new-1-2/a.html", ".other.sitegen-old-1-2/a.html"] {
            try fixture.parent.write(name, "left over")
        }
        #expect(fixture.write() == ["no error"])
        #expect(try fixture.parentNames() == [".other.sitegen-old-1-2", ".out2.sitegen-new-1-2", "out"])
    }

    /// A set-aside folder left by a killed build, which the fixture's writer cannot remove; its path.
    private func unremovableLeftover(in fixture: Fixture) throws -> String {
        try fixture.parent.write(".out.sitegen-old-56-78/index.html", "left over")
        let stale = fixture.parent.root.appendingPathComponent(".out.sitegen-old-56-78").path
        let remove = fixture.writer.fileSystem.removeTree
        fixture.writer.fileSystem.removeTree = { path in
            path == stale ? POSIXFile.Failure(path: stale + "/index.html", code: EPERM) : remove(path)
        }
        return stale
    }

    @Test func leftoversThatCannotBeRemovedAreReported() throws {
        let fixture = try Fixture()
        let stale = try unremovableLeftover(in: fixture)
        let outcome = try fixture.writer.write(OutputWriterTests.newItems)
        #expect(outcome.warnings.map(\.headline) == [
            "warning: could not remove \(stale), left by an earlier build: \(stale)/index.html: Operation not permitted",
        ])
    }

    /// A build that stops before writing (it found nothing changed, or errors) still reports
    /// what opening the output could not tidy.
    @Test func anAbandonedSessionReportsWhatOpeningCouldNotRemove() throws {
        let fixture = try Fixture()
        let stale = try unremovableLeftover(in: fixture)
        let session = try fixture.writer.open()
        #expect(session.abandon().map(\.headline) == [
            "warning: could not remove \(stale), left by an earlier build: \(stale)/index.html: Operation not permitted",
        ])
        #expect(try fixture.parentNames() == [".out.sitegen-old-56-78", "out"])
    }

    /// A second build into the same output waits for the first, and says so once.
    @Test func aSecondBuildWaitsForTheLock() throws {
        let fixture = try Fixture()
        let held = try OutputLock.acquire(for: fixture.output.path) {}
        let waiting = DispatchSemaphore(value: 0)
        let messages = Shared<[String]>([])
        fixture.writer.onWait = { message in
            messages.update { $0.append(message) }
            waiting.signal()
        }
        let done = DispatchSemaphore(value: 0)
        let writer = fixture.writer
        let result = Shared<[String]>([])
        Thread {
            let messages = OutputWriterTests.thrownMessages { _ = try writer.write(OutputWriterTests.newItems) }
            result.update { $0 = messages }
            done.signal()
        }.start()
        // Without the lock, the write ends at once, and no wait is ever announced.
        _ = waiting.wait(timeout: .now() + 20)
        #expect(messages.value == ["waiting for another build into \(fixture.output.path) to finish…"])
        #expect(fixture.files == fixture.before, "nothing is written while the lock is held")
        held.release()
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(result.value == ["no error"])
        #expect(fixture.files["index.html"] == Data("new home".utf8))
        #expect(try fixture.parentNames() == ["out"], "the lock file goes with the lock")
    }

    /// An interrupted build stops writing, deletes its staging folder, and only then ends.
    @Test func anInterruptionRemovesTheStagingFolderBeforeEnding() throws {
        let fixture = try Fixture()
        let ended = Shared<[Int32]>([])
        let interruption = WriteInterruption { signal in ended.update { $0.append(signal) } }
        fixture.writer.interruption = interruption
        let create = fixture.writer.fileSystem.createFile
        fixture.writer.fileSystem.createFile = { path, bytes throws(POSIXFile.Failure) in
            if path.hasSuffix("/news/b/index.html") { interruption.interrupt(by: SIGINT) }
            try create(path, bytes)
        }
        // What was on disk and whether the process had ended, when the staging folder was deleted.
        let atRemoval = Shared<[(staging: [String], ended: [Int32])]>([])
        let remove = fixture.writer.fileSystem.removeTree
        let parent = fixture.parent.root
        fixture.writer.fileSystem.removeTree = { path in
            let failure = remove(path)
            let staging = ((try? OutputWriterTests.names(in: parent)) ?? []).filter { $0.contains("sitegen-new") }
            atRemoval.update { $0.append((staging, ended.value)) }
            return failure
        }
        #expect(fixture.write() == ["error: the build was interrupted; the previous site in \(fixture.output.path) is intact"])
        #expect(ended.value == [SIGINT])
        #expect(atRemoval.value.map(\.staging) == [[]])
        #expect(atRemoval.value.map(\.ended) == [[]], "the process must not end before the staging folder is gone")
        #expect(fixture.files == fixture.before)
        #expect(try fixture.parentNames() == ["out"])
        // Outside writing, a signal ends the process at once.
        interruption.interrupt(by: SIGTERM)
        #expect(ended.value == [SIGINT, SIGTERM])
    }

    /// The walk that says what could not be deleted deletes names that are not UTF-8 too.
    @Test func theTreeRemoverDeletesEveryName() throws {
        let parent = try TempSite(["old/a/b/c.html": "x", "old/d.html": "y"])
        let odd = parent.root.path + "/old/a/\u{FFFD}"
        let bytes = Array((parent.root.path + "/old/a/").utf8) + [0xFF, 0xFE, 0]
        let descriptor = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { name in name.baseAddress.map { open($0, O_WRONLY | O_CREAT, 0o644) } ?? -1 }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(!FileManager.default.fileExists(atPath: odd))
        #expect(TreeRemover.remove(parent.root.path + "/old") == nil)
        #expect(try OutputWriterTests.names(in: parent.root) == [])
        #expect(TreeRemover.remove(parent.root.path + "/old") == nil, "nothing to delete is no failure")
    }
}
