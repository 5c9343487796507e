"""Drives the built `nabla kernel` with the real jupyter_client and nbclient.

Usage: python run_tests.py PATH/TO/nabla

Installs the kernelspec into a temporary prefix (JUPYTER_PATH points there, so nothing
outside it is touched), then starts kernels and checks what a notebook would receive.
Prints one line per test and a closing `N passed, M failed`; exits 1 on any failure.
"""

import os
import subprocess
import sys
import tempfile
import time
import traceback

NABLA = os.path.abspath(sys.argv[1])
PREFIX = tempfile.mkdtemp(prefix="nabla-jupyter-")
subprocess.run([NABLA, "kernel", "install", "--prefix", PREFIX], check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(PREFIX, "share", "jupyter")
# Jupyter's runtime files (connection files) go here too, not into the user's home.
os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(PREFIX, "runtime")

from jupyter_client.manager import start_new_kernel  # noqa: E402
import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

TIMEOUT = 60
# The --json record's MIME type (not application/json, which JupyterLab would show as a tree).
RECORD = "application/vnd.nabla.result+json"
tests = []


def test(function):
    tests.append(function)
    return function


def terminal(code):
    """What `nabla -e CODE` prints: the terminal's text, for comparison."""
    return subprocess.run([NABLA, "-e", code], capture_output=True, text=True, timeout=TIMEOUT).stdout


class Kernel:
    """One kernel for the tests that share it; `run` collects a cell's IOPub messages."""

    def __init__(self):
        self.manager, self.client = start_new_kernel(kernel_name="nabla", startup_timeout=TIMEOUT)

    def run(self, code):
        outputs = []
        reply = self.client.execute_interactive(
            code, output_hook=lambda m: outputs.append((m["msg_type"], m["content"])), timeout=TIMEOUT)
        return reply["content"], [o for o in outputs if o[0] not in ("status", "execute_input")]

    def value(self, code):
        """The text/plain of a cell's result."""
        reply, outputs = self.run(code)
        assert reply["status"] == "ok", reply
        results = [c for t, c in outputs if t in ("execute_result", "display_data")]
        assert results, outputs
        return results[-1]["data"]["text/plain"]

    def stop(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)


SETUP = "W = [0.5 -1; 2 0.25]; x = [1; 2]; b = [0; 1]; y = [1; 0];\nz := W*x + b;\na := sigmoid(z);\nL := mse(a, y);\n"


@test
def kernel_info_names_nabla_with_octave_highlighting(k):
    reply = k.client.kernel_info(reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and reply["protocol_version"] == "5.3", reply
    info = reply["language_info"]
    assert info["file_extension"] == ".m" and info["codemirror_mode"] == "octave", info


@test
def derivative_is_latex_with_the_terminal_text_beside_it(k):
    code = SETUP + "grad(L, W)"
    reply, outputs = k.run(code)
    assert reply["status"] == "ok", reply
    [(kind, content)] = outputs
    assert kind == "execute_result" and content["execution_count"] == reply["execution_count"], outputs
    data = content["data"]
    assert data["text/plain"] == terminal(code), (data["text/plain"], terminal(code))
    latex = data["text/latex"]
    assert latex.startswith("$$") and r"\frac{\partial L}{\partial W}" in latex and r"\delta\,x^\top" in latex, latex
    assert "-0.121938" in latex and r"\begin{bmatrix}" in latex, latex
    assert data[RECORD]["symbolic"].startswith("∂L/∂W = δxᵀ"), data[RECORD]
    assert data[RECORD]["shape"] == [2, 2]


@test
def formula_definition_is_latex(k):
    data = k.run(SETUP + "z := W*x + b")[1][-1][1]["data"]
    assert data["text/latex"].startswith("$$\\begin{aligned}\nz &:= "), data["text/latex"]


@test
def plain_numbers_have_no_latex(k):
    data = k.run("v = [1 2 3]")[1][-1][1]["data"]
    assert "text/latex" not in data and data["text/plain"] == terminal("v = [1 2 3]"), data
    assert data[RECORD]["value"] == [[1, 2, 3]]


@test
def plot_is_an_svg_image(k):
    reply, outputs = k.run("plot([1 3 2], 'title', 'three points')")
    assert reply["status"] == "ok", reply
    [(kind, content)] = outputs
    assert kind == "display_data", outputs
    svg = content["data"]["image/svg+xml"]
    assert svg.startswith("<svg") and "three points" in svg and "<path" in svg, svg[:200]
    assert content["data"]["text/plain"] == terminal("plot([1 3 2], 'title', 'three points')")


@test
def printed_text_is_a_stream_in_order(k):
    reply, outputs = k.run("printf('%d\\n', 42); disp('hello'); q = 7\nprintf('after\\n')")
    assert reply["status"] == "ok", reply
    kinds = [(t, c.get("name")) for t, c in outputs]
    assert kinds == [("stream", "stdout"), ("display_data", None), ("stream", "stdout")], outputs
    assert outputs[0][1]["text"] == "42\nhello\n" and outputs[2][1]["text"] == "after\n", outputs


@test
def error_carries_the_located_diagnostic_and_variables_stay(k):
    k.run("kept = 5;")
    reply, outputs = k.run("kept = 6; y = [1 2")
    assert reply["status"] == "error" and reply["evalue"] == "'[' is never closed", reply
    [(kind, content)] = outputs
    assert kind == "error", outputs
    tb = content["traceback"]
    assert tb[0].startswith("<cell ") and "error: '[' is never closed" in tb[0], tb
    assert tb[1] == " 1 | kept = 6; y = [1 2" and tb[2].endswith("^"), tb
    assert tb[3] == "hint: add the matching ']'", tb
    reply, outputs = k.run("kept = 7; undefined_thing + 1")
    assert reply["status"] == "error" and "^~~" in "\n".join(reply["traceback"]), reply
    assert k.value("kept") == "kept = 7\n"


@test
def warnings_are_stderr_and_do_not_fail(k):
    reply, outputs = k.run("warning('careful'); w = 1;")
    assert reply["status"] == "ok", reply
    assert outputs == [("stream", {"name": "stderr", "text": "warning: careful\n"})], outputs


@test
def completion_offers_builtins_and_variables(k):
    k.run("weights = 1;")
    reply = k.client.complete("s = sigm", 8, reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and "sigmoid" in reply["matches"], reply
    assert (reply["cursor_start"], reply["cursor_end"]) == (4, 8), reply
    reply = k.client.complete("1 + wei", 7, reply=True, timeout=TIMEOUT)["content"]
    assert reply["matches"] == ["weights"], reply


@test
def inspection_is_the_help_text(k):
    reply = k.client.inspect("y = sigmoid(x)", 6, reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and reply["found"], reply
    assert reply["data"]["text/plain"].startswith("sigmoid("), reply
    reply = k.client.inspect("nothing_here", 3, reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and not reply["found"], reply


@test
def is_complete_follows_the_repl(k):
    def status(code):
        message_id = k.client.is_complete(code)
        reply = k.client.get_shell_msg(timeout=TIMEOUT)
        assert reply["parent_header"]["msg_id"] == message_id, reply
        return reply["content"]["status"]
    assert status("for k = 1:3") == "incomplete"
    assert status("x = [1 2") == "incomplete"
    assert status("for k = 1:3\n  disp(k)\nend") == "complete"
    assert status("x = 1") == "complete"


@test
def history_has_this_kernels_inputs(k):
    k.run("h_marker = 1;")
    reply = k.client.history(hist_access_type="tail", n=3, reply=True, timeout=TIMEOUT)["content"]
    assert reply["status"] == "ok" and reply["history"][-1][2] == "h_marker = 1;", reply
    reply = k.client.history(hist_access_type="search", pattern="h_mark*", reply=True, timeout=TIMEOUT)["content"]
    assert [h[2] for h in reply["history"]] == ["h_marker = 1;"], reply


def interrupt_after(k, code, seconds=1.5):
    message_id = k.client.execute(code)
    time.sleep(seconds)
    k.manager.interrupt_kernel()
    while True:
        reply = k.client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == message_id:
            return reply["content"]


@test
def interrupt_stops_a_loop_and_keeps_variables(k):
    reply = interrupt_after(k, "n = 0; while true, n = n + 1; end")
    assert reply["status"] == "error" and reply["ename"] == "Interrupted", reply
    assert k.value("n > 0") == "ans = 1\n"


@test
def interrupt_stops_training_and_keeps_parameters(k):
    k.run("xs = [1; 2; 3]; ys = [3; 5; 7]; w = 0; c = 0; E := mse(w*xs + c, ys);")
    reply = interrupt_after(k, "train(E, {w, c}, 'lr', 0.001, 'steps', 100000000, 'every', 10000000)")
    assert reply["status"] == "error" or reply["status"] == "ok", reply
    assert k.value("w ~= 0") == "ans = 1\n"


@test
def interrupt_stops_a_large_product_and_keeps_its_operands(k):
    k.run("P = rand(4000);")
    # 4000³ multiply-adds: far more than half a second on any machine this runs on.
    reply = interrupt_after(k, "Q = P*P;", seconds=0.5)
    assert reply["status"] == "error" and reply["ename"] == "Interrupted", reply
    assert k.value("[exist('Q') size(P)]") == "ans =\n\n      0   4000   4000\n\n"
    k.run("clear P")


@test
def interrupt_message_on_the_control_channel(k):
    message_id = k.client.execute("m = 0; while true, m = m + 1; end")
    time.sleep(1.0)
    request = k.client.session.msg("interrupt_request", {})
    k.client.control_channel.send(request)
    assert k.client.get_control_msg(timeout=TIMEOUT)["content"]["status"] == "ok"
    while True:
        reply = k.client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == message_id:
            break
    assert reply["content"]["ename"] == "Interrupted", reply
    assert k.value("m > 0") == "ans = 1\n"


@test
def hostile_cells_never_end_the_kernel(k):
    for code in ["\x00\x01", "(" * 5000, "[" * 3000 + "]", "x = 1e400 * zeros(1e9, 1e9)", "exit", "quit(3)",
                 "function f(", "end end end", "'unterminated", "a(0)", "zeros(-1)(2)", "\udcff" if False else "é = 1"]:
        k.run(code)
        assert k.manager.is_alive(), code
    assert k.value("1 + 1") == "ans = 2\n"


@test
def malformed_and_forged_messages_are_ignored(k):
    import zmq
    info = k.manager.get_connection_info()
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.linger = 0
    socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    header = b'{"msg_id":"x","msg_type":"execute_request","session":"s","username":"u","version":"5.3","date":""}'
    content = b'{"code":"forged = 1","silent":false}'
    for frames in ([b"garbage"], [b"<IDS|MSG>"], [b"<IDS|MSG>", b"00", b"{", b"{}", b"{}", b"{}"],
                   [b"<IDS|MSG>", b"0" * 64, header, b"{}", b"{}", content]):
        socket.send_multipart(frames)
    socket.close()
    time.sleep(0.5)
    assert k.manager.is_alive()
    assert k.value("exist('forged')") == "ans = 0\n"


@test
def restart_gives_a_fresh_session(k):
    k.run("before_restart = 1;")
    k.manager.restart_kernel(now=False)
    k.client.wait_for_ready(timeout=TIMEOUT)
    assert k.value("exist('before_restart')") == "ans = 0\n"
    assert k.value("2 + 2") == "ans = 4\n"


@test
def a_notebook_runs_end_to_end_in_nbclient(k):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(c) for c in [
        SETUP, "grad(L, W)", "t = linspace(0, 1, 20);\nplot(t, t.^2)", "printf('%s\\n', 'text')",
        "y = [1 2", "W(1, 1)"]]
    NotebookClient(notebook, kernel_name="nabla", timeout=TIMEOUT, allow_errors=True).execute()
    outs = [cell.outputs for cell in notebook.cells]
    assert outs[0] == [], outs[0]
    assert "text/latex" in outs[1][0]["data"] and outs[1][0]["output_type"] == "execute_result", outs[1]
    assert "image/svg+xml" in outs[2][0]["data"], outs[2]
    assert outs[3][0]["output_type"] == "stream" and outs[3][0]["text"] == "text\n", outs[3]
    assert outs[4][0]["output_type"] == "error" and any(line.strip().endswith("^") for line in outs[4][0]["traceback"]), outs[4]
    assert outs[5][0]["data"]["text/plain"] == "ans = 0.5000\n", outs[5]


LESSONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Lessons")


def lesson_notebook(lesson, language, solutions):
    """`nabla lesson ID --notebook` for one lesson, read back with nbformat."""
    path = os.path.join(PREFIX, f"{language}-{lesson}{'-key' if solutions else ''}.ipynb")
    command = [NABLA, "lesson", lesson, "--lang", language, "--lessons", os.path.join(LESSONS, language), "--notebook", path]
    subprocess.run(command + (["--solutions"] if solutions else []), check=True, stdout=subprocess.DEVNULL)
    return nbformat.read(path, as_version=4)


def check_cells(notebook):
    return [c for c in notebook.cells if c.cell_type == "code" and "check('" in c.source]


@test
def a_lesson_notebook_has_narration_formulas_demos_and_exercises(k):
    notebook = lesson_notebook("06", "en", solutions=False)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "nabla"
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert markdown.startswith("# Linear regression, end to end"), markdown[:80]
    assert r"$$J(\theta_{0}, \theta_{1}) = (1/n) \sum_{i} (y_{i} - \hat{y}_{i})^{2}$$" in markdown, markdown
    assert "**Exercise 1: Predict every point**" in markdown and "<summary>Hint 1</summary>" in markdown
    cells = check_cells(notebook)
    assert [c.source.splitlines()[-1] for c in cells] == [f"check('06', {n})" for n in range(1, len(cells) + 1)]
    assert "yhat = theta0" not in cells[0].source, cells[0].source


@test
def a_checks_verdict_is_the_lessons_own_and_never_passes_an_empty_cell(k):
    notebook = lesson_notebook("06", "en", solutions=False)
    first = check_cells(notebook)[0]
    before = notebook.cells[:notebook.cells.index(first)]
    first.source = "yhat = theta1*x;\ncheck('06', 1)"
    empty = nbformat.v4.new_code_cell("% nothing yet\ncheck('06', 1)")
    right = nbformat.v4.new_code_cell("yhat = theta0 + theta1*x;\ncheck('06', 1)")
    notebook.cells = before + [first, empty, right]
    NotebookClient(notebook, kernel_name="nabla", timeout=TIMEOUT).execute()
    said = [c.outputs[-1]["text"] for c in notebook.cells[-3:]]
    assert said[0] == "✗ Not yet: you left out the intercept θ₀\n", said
    assert said[1].startswith("✗ Not yet: write your answer"), said
    assert said[2].startswith("✓ Correct."), said


def run_lesson_key(path):
    """Executes one lesson's answer key; returns (lesson, problems)."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name="nabla", timeout=TIMEOUT, allow_errors=True).execute()
    problems = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        if errors:
            problems.append(f"error in {cell.source!r}: " + "\n".join(errors[0]["traceback"]))
        elif "check('" in cell.source:
            said = [o["text"] for o in cell.outputs if o.output_type == "stream" and o["name"] == "stdout"]
            if not said or not said[-1].splitlines()[-1].startswith("✓"):
                problems.append(f"check did not pass in {cell.source!r}: {said[-1:]}")
    return os.path.basename(path), problems


@test
def every_lesson_notebook_passes_its_checks_with_the_model_answers(k):
    from concurrent.futures import ThreadPoolExecutor
    keys = []
    for language in ("en", "zh"):
        for name in sorted(os.listdir(os.path.join(LESSONS, language))):
            if name.endswith(".md"):
                keys.append(lesson_notebook(name.split("-")[0], language, solutions=True))
    assert len(keys) == 30, len(keys)
    paths = []
    for notebook, number in zip(keys, range(len(keys))):
        path = os.path.join(PREFIX, f"key-{number}.ipynb")
        nbformat.write(notebook, path)
        paths.append(path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run_lesson_key, paths))
    problems = [f"{name}: {p}" for name, ps in results for p in ps]
    checks = sum(len(check_cells(n)) for n in keys)
    assert checks >= 40, checks
    assert not problems, "\n".join(problems)


@test
def shutdown_request_ends_the_kernel_cleanly(k):
    process = k.manager.provisioner.process
    k.manager.shutdown_kernel(now=False)
    # 0: it left on its own after replying (a kernel that had to be killed would show -9).
    assert process.wait(timeout=TIMEOUT) == 0, process.returncode


def main():
    started = time.monotonic()
    kernel = Kernel()
    passed = failed = 0
    try:
        for function in tests:
            try:
                if not kernel.manager.is_alive():
                    kernel = Kernel()
                function(kernel)
                passed += 1
                print(f"ok    {function.__name__}")
            except Exception:
                failed += 1
                print(f"FAIL  {function.__name__}")
                traceback.print_exc(file=sys.stdout)
    finally:
        kernel.stop()
    print(f"({time.monotonic() - started:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
