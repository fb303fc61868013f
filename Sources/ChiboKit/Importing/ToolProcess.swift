import Foundation

/// One run of a command-line program (poppler's, tesseract, LibreOffice)
/// with its output read whole, stopped if it runs longer than it may: a
/// damaged file can keep a program busy for ever, and the editor must get an
/// answer.
struct ToolProcess {
    /// The first of `names` found as a program in `folders`, as a full path.
    static func find(_ names: [String], in folders: [String]) -> String? {
        for folder in folders where !folder.isEmpty {
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    struct Output {
        var status: Int32
        var standardOutput: Data
        var standardError: String
    }

    enum Failure: Error {
        case couldNotStart
        case timedOut
    }

    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) throws(Failure) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { throw .couldNotStart }

        // Both pipes are drained while the program runs: one that fills its
        // pipe's buffer would otherwise wait for ever for us to read it.
        let output = PipeReading(outputPipe), errors = PipeReading(errorPipe)
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .timedOut
        }
        return Output(status: process.terminationStatus, standardOutput: output.data(),
                      standardError: String(decoding: errors.data(), as: UTF8.self))
    }
}

/// A pipe read to its end on a thread of its own.
private final class PipeReading: @unchecked Sendable {
    private var read = Data()
    private let done = DispatchGroup()

    init(_ pipe: Pipe) {
        done.enter()
        DispatchQueue.global().async {
            self.read = pipe.fileHandleForReading.readDataToEndOfFile()
            self.done.leave()
        }
    }

    /// Everything the program wrote, once it has closed its end.
    func data() -> Data {
        done.wait()
        return read
    }
}
