import NablaRuntime

/// The figure-handling calls of Octave plotting code (`figure`, `hold on`, `xlabel`, `axis`,
/// `pause`, …). Nabla draws with `plot` and `scatter` in the terminal; these calls only shape
/// an Octave figure window, so a course script must not stop at them. Each is accepted, and
/// the first time a session meets one Nabla says once which calls it passed over.
extension TeachingBuiltins {
    static let octavePlotCalls: [Builtin] = [
        ignored("figure", "figure  figure(n)", "Opens a figure window in Octave; Nabla draws in the terminal, so it is accepted and passed over."),
        ignored("hold", "hold on  hold off", "Keeps the current plot for the next one in Octave; accepted and passed over (each plot draws anew)."),
        ignored("xlabel", "xlabel('text')", "Labels the x axis of an Octave figure; accepted and passed over (label plots with plot(..., 'xlabel', '...'))."),
        ignored("ylabel", "ylabel('text')", "Labels the y axis of an Octave figure; accepted and passed over (label plots with plot(..., 'ylabel', '...'))."),
        ignored("zlabel", "zlabel('text')", "Labels the z axis of an Octave figure; accepted and passed over."),
        ignored("title", "title('text')", "Titles an Octave figure; accepted and passed over (title plots with plot(..., 'title', '...'))."),
        ignored("legend", "legend('a', 'b')", "Adds a legend to an Octave figure; accepted and passed over (name series with plot(..., 'legend', {...}))."),
        ignored("axis", "axis([x0 x1 y0 y1])  axis equal", "Sets an Octave figure's axes; accepted and passed over."),
        ignored("grid", "grid on", "Draws grid lines in an Octave figure; accepted and passed over."),
        ignored("subplot", "subplot(rows, cols, k)", "Chooses a panel of an Octave figure; accepted and passed over."),
        ignored("close", "close  close all", "Closes Octave figure windows; accepted and passed over."),
        ignored("clf", "clf", "Clears an Octave figure; accepted and passed over."),
        ignored("drawnow", "drawnow", "Redraws Octave figures; accepted and passed over."),
        ignored("colorbar", "colorbar", "Adds a colour bar to an Octave figure; accepted and passed over."),
        ignored("contour", "contour(x, y, Z)", "Draws contour lines in Octave; not drawn by Nabla, accepted and passed over."),
        ignored("surf", "surf(x, y, Z)", "Draws a surface in Octave; not drawn by Nabla, accepted and passed over."),
        ignored("mesh", "mesh(x, y, Z)", "Draws a mesh in Octave; not drawn by Nabla, accepted and passed over."),
        Builtin(
            "set", "set(0, 'defaultfigurevisible', 'off')  set(h, 'property', value)",
            "Sets a property of an Octave graphics object; 'defaultfigurevisible' 'off' stops plots being drawn, other properties are passed over.",
            example: "set(0, 'defaultfigurevisible', 'on')", .plotting
        ) { call in
            if call.args.count == 3, call.isString(1), call.isString(2),
                try call.string(1).lowercased() == "defaultfigurevisible"
            {
                SessionState.of(call.interpreter).figuresHidden = try call.string(2).lowercased() == "off"
                return []
            }
            call.interpreter.noteOnce("plotting", "Octave figure calls (set, …) are accepted and passed over: Nabla draws plot and scatter in the terminal")
            return []
        },
        Builtin(
            "pause", "pause  pause(seconds)",
            "Waits in Octave; Nabla goes straight on, so a script never stops for a key.",
            example: "pause(0)", .plotting
        ) { _ in [] }
    ]

    private static func ignored(_ name: String, _ signature: String, _ summary: String) -> Builtin {
        Builtin(name, signature, summary, example: "\(name.hasSuffix("label") || name == "title" ? "\(name)('text')" : name)", .plotting) { call in
            call.interpreter.noteOnce("plotting", "Octave figure calls (\(name), …) are accepted and passed over: Nabla draws plot and scatter in the terminal")
            return []
        }
    }
}

/// Octave's line styles and line properties in a `plot` call (`'rx'`, `'b-'`,
/// `'MarkerSize', 10`): Nabla's terminal plot has no use for them, so they are taken out
/// before the series are read, and the session is told once.
enum OctavePlotStyle {
    static let properties: Set<String> = [
        "markersize", "linewidth", "markerfacecolor", "markeredgecolor", "color", "linestyle", "marker", "displayname"
    ]

    static func isLineSpec(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 4 && s.allSatisfy { "-:.rgbcmykwox+*sd^v<>ph".contains($0) }
    }

    static func strip(_ call: inout BuiltinCall) {
        var kept: [Value] = []
        var k = 0
        var stripped = false
        while k < call.args.count {
            if call.isString(k), let text = try? call.string(k) {
                if properties.contains(text.lowercased()) { k += 2; stripped = true; continue }
                if isLineSpec(text) { k += 1; stripped = true; continue }
            }
            kept.append(call.args[k])
            k += 1
        }
        if stripped {
            call.interpreter.noteOnce("plot styles", "line styles and properties ('rx', 'MarkerSize', …) are passed over in terminal plots")
        }
        call.args = kept
    }
}
