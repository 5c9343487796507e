#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine
import NablaRuntime

/// One terminal line editor: libedit in emacs mode with wide characters, a prompt,
/// history (up/down, Ctrl-R incremental search) and Tab completion.
///
/// libedit calls back into Swift through capture-free C functions; they find this
/// object again through libedit's client-data pointer.
final class LineEditor {
    /// What one read produced.
    enum Read: Equatable {
        case line(String)
        /// Ctrl-C: the line typed so far is discarded.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    private let editLine: OpaquePointer
    let history: History
    /// Asked for candidates on Tab, with the text before the cursor.
    var completer: (String) -> Completion = { _ in .none }
    /// The prompt shown by the next read; colour sequences are allowed.
    private var promptBuffer: UnsafeMutablePointer<wchar_t>
    private var promptCapacity = 0

    /// Nil when libedit cannot drive this terminal (e.g. TERM unknown and no fallback).
    init?(program: String, history: History) {
        // libedit silently drops non-ASCII input without a UTF-8 LC_CTYPE.
        nabla_setlocale_ctype()
        _ = nabla_ensure_utf8_locale()
        guard let el = nabla_el_init(program) else { return nil }
        editLine = el
        self.history = history
        promptCapacity = 64
        promptBuffer = .allocate(capacity: promptCapacity)
        promptBuffer.initialize(repeating: 0, count: promptCapacity)

        nabla_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        _ = WideString("emacs").withPointer { nabla_el_set_editor(el, $0) }
        nabla_el_set_signal(el, 1)
        nabla_el_set_prompt(
            el,
            { el in
                guard let el, let raw = nabla_el_get_clientdata(el) else { return nil }
                return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue().promptBuffer
            }, LineEditor.promptEscape)
        nabla_el_set_history(el, history.handle)

        bind(key: "^I", name: "nabla-complete", help: "complete the name before the cursor") { el, _ in
            guard let el, let raw = nabla_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(raw).takeUnretainedValue().completeAtCursor()
        }
        // Readline's bindings, which students know from bash: Ctrl-R searches history
        // backwards (libedit's emacs map has it on redisplay), Ctrl-S forwards.
        _ = WideString("^R").withPointer { key in
            WideString("em-inc-search-prev").withPointer { nabla_el_bind(el, key, $0) }
        }
        _ = WideString("^S").withPointer { key in
            WideString("em-inc-search-next").withPointer { nabla_el_bind(el, key, $0) }
        }
        // A user's ~/.editrc still wins over our defaults.
        _ = nabla_el_source_default(el)
    }

    deinit {
        el_end(editLine)
        promptBuffer.deallocate()
    }

    /// Marks the start and end of colour sequences in prompts; they take no columns.
    static let promptEscape: wchar_t = 1

    private func bind(key: String, name: String, help: String, _ function: nabla_command_fn) {
        WideString(name).withPointer { n in
            WideString(help).withPointer { h in
                _ = nabla_el_addfn(editLine, n, h, function)
                _ = WideString(key).withPointer { nabla_el_bind(editLine, $0, n) }
            }
        }
    }

    /// Reads one line (without its newline), showing `prompt`.
    func read(prompt: String) -> Read {
        setPrompt(prompt)
        var count: Int32 = 0
        errno = 0
        guard let line = el_wgets(editLine, &count) else {
            // count −1 with EINTR: a signal (Ctrl-C) arrived while reading.
            return count < 0 && errno == EINTR ? .interrupted : .endOfInput
        }
        if count == 0 { return .endOfInput }
        var text = WideString.decode(line, count: Int(count))
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    private func setPrompt(_ prompt: String) {
        let wide = WideString(prompt).units
        if wide.count > promptCapacity {
            promptBuffer.deallocate()
            promptCapacity = wide.count
            promptBuffer = .allocate(capacity: promptCapacity)
        }
        wide.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            promptBuffer.update(from: base, count: source.count)
        }
    }

    /// Tab: insert what all candidates share; when that adds nothing, list them.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_wline(editLine) else { return UInt8(CC_ERROR) }
        let before = WideString.decode(info.pointee.buffer, count: info.pointee.cursor - info.pointee.buffer)
        let completion = completer(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
        let insertion = completion.insertion
        if !insertion.isEmpty {
            _ = WideString(insertion).withPointer { el_winsertstr(editLine, $0) }
            return UInt8(CC_REFRESH)
        }
        if completion.candidates.count == 1 { return UInt8(CC_NORM) }
        let shown = completion.candidates.map { name -> String in
            // Paths are listed by their last component, as shells do.
            guard name.contains("/"), let slash = name.dropLast().lastIndex(of: "/") else { return name }
            return String(name[name.index(after: slash)...])
        }
        let width = Terminal.size().cols
        TerminalOutput.writeAll(1, Array(("\n" + Completion.columns(shown, width: width)).utf8))
        return UInt8(CC_REDISPLAY)
    }
}

/// Facts about the controlling terminal.
enum Terminal {
    /// Rows and columns of standard output's terminal (24×80 when unknown).
    static func size() -> (rows: Int, cols: Int) {
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_row > 0, ws.ws_col > 0 {
            return (Int(ws.ws_row), Int(ws.ws_col))
        }
        return (24, 80)
    }

    /// Runs `body` with the terminal's echo of control characters off, so Ctrl-C during
    /// a computation does not leave `^C` glued to the start of the "interrupted" message.
    static func withoutControlEcho<R>(_ body: () -> R) -> R {
        var saved = termios()
        guard isatty(0) != 0, tcgetattr(0, &saved) == 0 else { return body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHOCTL)
        tcsetattr(0, TCSANOW, &quiet)
        defer { tcsetattr(0, TCSANOW, &saved) }
        return body()
    }
}
