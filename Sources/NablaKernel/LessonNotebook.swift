import Foundation
import NablaLessons

/// A lesson as a Jupyter notebook (nbformat 4.5) for the Nabla kernel: narration and
/// headings as Markdown cells (indented formulas as LaTeX display maths), each demo as a
/// code cell, each exercise as its prompt (hints folded away) and a code cell that ends
/// in `check('06', 2)`, which prints the lesson's own verdict on the cell's answer.
///
/// With `solutions`, each exercise cell holds the model answer — an answer key for a
/// teacher, and what the tests execute to prove every check passes.
public enum LessonNotebook {
    public static func json(_ lesson: Lesson, solutions: Bool) -> String {
        var cells: [[String: Any]] = []
        var markdown: [String] = []
        func flushMarkdown() {
            let text = markdown.joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
            markdown = []
            guard !text.isEmpty else { return }
            cells.append(cell("markdown", text, number: cells.count + 1))
        }
        let zh = lesson.language == "zh"
        var exerciseNumber = 0
        for step in lesson.steps {
            for block in step.blocks {
                switch block {
                case .heading(let text, let level, _):
                    // The lesson's own title is the notebook's first cell already.
                    if level == 1 && text == lesson.title && cells.isEmpty && markdown.isEmpty { continue }
                    flushMarkdown()
                    markdown.append(String(repeating: "#", count: max(1, min(level, 6))) + " " + text)
                case .narration(let text, _):
                    markdown.append(narration(text))
                case .demo(let demo):
                    flushMarkdown()
                    cells.append(cell("code", demo.code.trimmingCharacters(in: .newlines), number: cells.count + 1))
                case .exercise(let e):
                    exerciseNumber += 1
                    var prompt = "**\(zh ? "练习" : "Exercise") \(exerciseNumber): \(e.title)**\n\n\(e.prompt)"
                    for (k, hint) in e.hints.enumerated() {
                        prompt += "\n\n<details><summary>\(zh ? "提示" : "Hint") \(k + 1)</summary>\n\n\(hint)\n\n</details>"
                    }
                    markdown.append(prompt)
                    flushMarkdown()
                    cells.append(
                        cell(
                            "code", exerciseCell(lesson, e, number: exerciseNumber, solutions: solutions),
                            number: cells.count + 1))
                }
            }
        }
        flushMarkdown()
        let title = [cell("markdown", "# \(lesson.title)\n\n" + about(lesson), number: 0)] + cells
        let notebook: [String: Any] = [
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["name": "nabla", "display_name": "Nabla", "language": "nabla"],
                "language_info": KernelSpec.languageInfo,
                "nabla": ["lesson": lesson.id, "language": lesson.language]
            ],
            "cells": title
        ]
        let data = (try? JSONSerialization.data(withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func about(_ lesson: Lesson) -> String {
        let zh = lesson.language == "zh"
        var parts = [zh ? "约 \(lesson.minutes) 分钟" : "About \(lesson.minutes) minutes"]
        if !lesson.prerequisites.isEmpty {
            parts.append((zh ? "先修：" : "after lesson ") + lesson.prerequisites.joined(separator: ", "))
        }
        let run =
            zh
            ? "依次运行每个单元格（Shift-Enter）。每个练习单元格最后的 `check(...)` 会判断你的答案。"
            : "Run the cells in order (Shift-Enter). Each exercise cell ends in `check(...)`, which judges your answer."
        return "*" + parts.joined(separator: zh ? " · " : " · ") + "*\n\n" + run
    }

    /// The exercise cell: a comment saying what to do, the answer (or room for it), the check.
    static func exerciseCell(_ lesson: Lesson, _ e: Exercise, number: Int, solutions: Bool) -> String {
        let zh = lesson.language == "zh"
        let language = lesson.language == "en" ? "" : ", '\(lesson.language)'"
        let check = "check('\(lesson.id)', \(number)\(language))"
        if solutions {
            return (zh ? "% 参考答案\n" : "% The model answer\n") + e.solution.trimmingCharacters(in: .newlines) + "\n" + check
        }
        return (zh ? "% 在这里写下你的答案，然后运行本单元格\n\n" : "% Write your answer here, then run this cell\n\n") + check
    }

    /// Markdown prose with its indented formula blocks as display maths.
    static func narration(_ text: String) -> String {
        var out: [String] = []
        var block: [String] = []
        func flush() {
            guard !block.isEmpty else { return }
            if block.allSatisfy(UnicodeMath.isFormula) {
                out.append(UnicodeMath.displayMath(block))
            } else {
                out += block
            }
            block = []
        }
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("    ") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
                block.append(line)
            } else {
                flush()
                out.append(line)
            }
        }
        flush()
        return out.joined(separator: "\n")
    }

    static func cell(_ type: String, _ source: String, number: Int) -> [String: Any] {
        var c: [String: Any] = ["cell_type": type, "id": "cell-\(number)", "metadata": [String: Any](), "source": source]
        if type == "code" {
            c["execution_count"] = NSNull()
            c["outputs"] = [Any]()
        }
        return c
    }
}
