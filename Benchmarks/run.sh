#!/usr/bin/env bash
# Benchmarks/run.sh — measure Nabla against NumPy and GNU Octave, all peers in the same run, and print
# a table of ratios. A report, never a pass/fail test: the exit status says only whether the harness
# itself worked, not whether a target was met.
#
# Usage: Benchmarks/run.sh [--no-build] [--list] [BENCHMARK...]
#   --no-build   use the existing release binary instead of running `swift build` first
#   --list       print the benchmark names and exit
#   BENCHMARK    run only these (default: all). Only a full run rewrites Benchmarks/results/latest.txt.
#
# Environment:
#   BUILD_DIR     SwiftPM scratch path holding release/nabla (default .build)
#   MIN_SECONDS   minimum length of one timed loop in the matrix-product benchmark (default 0.3)
#   TRIALS        timed loops per peer and size; the best one counts (default 3)
#   STARTUP_RUNS  timed runs per command in the start-up benchmark (default 30)
#
# Adding a benchmark: write a `bench_NAME` function that prints its table through `report`/`reportf`
# (use `peer_ok`/`skip_reason` for peers that may be missing), then add NAME to BENCHMARKS.
set -euo pipefail

BENCHMARKS=(startup matmul loops stores symbolic training transformer)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LIB=$ROOT/Benchmarks/lib
BUILD_DIR=${BUILD_DIR:-.build}
case $BUILD_DIR in
    /*) NABLA=$BUILD_DIR/release/nabla ;;
    *) NABLA=$ROOT/$BUILD_DIR/release/nabla ;;
esac
MIN_SECONDS=${MIN_SECONDS:-0.3}
TRIALS=${TRIALS:-3}
STARTUP_RUNS=${STARTUP_RUNS:-30}
RESULTS=$ROOT/Benchmarks/results/latest.txt

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPORT=$WORK/report.txt
: >"$REPORT"

# ---------------------------------------------------------------------------------------------------
# Output: the table goes to stdout and into the report file; progress notes go to stderr only.

report() { printf '%s\n' "$*" | tee -a "$REPORT"; }
reportf() {
    local line
    # shellcheck disable=SC2059  # the format string is the caller's
    printf -v line "$@"
    report "$line"
}
note() { printf '  ... %s\n' "$*" >&2; }

# First non-empty line of a text, shortened: enough to say why a peer failed without flooding the table.
first_line() { awk 'NF { print; exit }' <<<"$1" | cut -c1-110; }

# Floating-point arithmetic for the table: calc EXPRESSION [PRINTF-FORMAT].
calc() { awk -v fmt="${2:-%.6f}" "BEGIN { printf fmt, $1 }"; }

# ---------------------------------------------------------------------------------------------------
# Peers. Each has a skip reason: empty when it can be measured. NumPy runs with OPENBLAS_CORETYPE and
# OPENBLAS_L2_SIZE removed — they work around old OpenBLAS bugs in the system library and slow the
# current OpenBLAS inside NumPy's wheel — while nabla and Octave keep the environment as it is.

declare -A SKIP=([nabla]="" [numpy]="" [octave]="" [jax]="")
NUMPY_ENV=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
PYTHON=""

peer_ok() { [[ -z ${SKIP[$1]} ]]; }
skip_reason() { printf '%s' "${SKIP[$1]}"; }

prepare_nabla() {
    if [[ ${NO_BUILD:-0} != 1 ]]; then
        if ! command -v swift >/dev/null 2>&1; then
            SKIP[nabla]="nabla not built: swift is not on PATH"
            return
        fi
        note "building nabla (swift build -c release --product nabla)"
        if ! swift build --scratch-path "$BUILD_DIR" -c release --product nabla >"$WORK/build.log" 2>&1; then
            tail -n 20 "$WORK/build.log" >&2
            SKIP[nabla]="nabla not built: swift build failed ($(grep -m1 'error:' "$WORK/build.log" | sed "s|^$ROOT/||" | cut -c1-100 || true))"
            return
        fi
    fi
    if [[ ! -x $NABLA ]]; then
        SKIP[nabla]="nabla not built: no $BUILD_DIR/release/nabla"
        return
    fi
    local output
    if ! output=$(timeout 60 "$NABLA" -e '1+1' </dev/null 2>&1); then
        SKIP[nabla]="nabla -e '1+1' failed: $(first_line "$output")"
    elif ! grep -Eq '(^|[^0-9.])2([^0-9.]|$)' <<<"$output"; then
        SKIP[nabla]="nabla -e '1+1' printed '$(first_line "$output")', not 2"
    fi
}

prepare_numpy() {
    # Resolve the real interpreter: a pyenv shim is a shell script that would add its own start-up
    # time to NumPy's.
    if ! PYTHON=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null) || [[ -z $PYTHON ]]; then
        SKIP[numpy]="python3 not found"
    elif ! "$PYTHON" -c 'import numpy' 2>/dev/null; then
        SKIP[numpy]="numpy is not installed for $PYTHON"
    fi
}

# JAX comes from PyPI (`jax[cpu]`) into a venv under the build folder, made by `make bench`.
JAX_PYTHON=""
prepare_jax() {
    JAX_PYTHON=$BUILD_DIR/bench-venv/bin/python
    [[ $JAX_PYTHON == /* ]] || JAX_PYTHON=$ROOT/$JAX_PYTHON
    if [[ ! -x $JAX_PYTHON ]]; then
        SKIP[jax]="no venv at $BUILD_DIR/bench-venv (make bench creates it)"
    elif ! "${NUMPY_ENV[@]}" "$JAX_PYTHON" -c 'import jax' 2>/dev/null; then
        SKIP[jax]="jax is not installed in $BUILD_DIR/bench-venv"
    fi
}

prepare_octave() {
    if ! command -v octave-cli >/dev/null 2>&1; then
        SKIP[octave]="octave-cli not found on PATH (Debian: apt-get install octave)"
    elif ! timeout 60 octave-cli --eval '1+1' </dev/null >/dev/null 2>&1; then
        SKIP[octave]="octave-cli --eval '1+1' failed"
    fi
}

# The BLAS library that a binary links, as a path (empty when it links none we can see).
# Never fails: a script or static binary simply has no BLAS to report.
linked_blas() { { ldd "$1" 2>/dev/null || true; } | awk '/lib(open)?blas[^ ]*\.so/ && $3 ~ /^\// { print $3; exit }'; }

print_header() {
    local commit cpu
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo "unknown")
    if [[ -n $(git status --porcelain -- Sources Package.swift 2>/dev/null) ]]; then
        commit+=" + uncommitted changes"
    fi
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
    report "Nabla benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
    # The load average matters on a 2-core machine: a build running beside the benchmark halves
    # multi-threaded BLAS throughput, so readers need it to judge the numbers.
    report "Machine: ${cpu:-unknown CPU}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
    if [[ $(calc "($(cut -d' ' -f1 /proc/loadavg) > 0.5 * $(nproc)) ? 1 : 0" '%d') == 1 ]]; then
        report "WARNING: the machine is busy; multi-threaded BLAS numbers (numpy's above all) are unreliable."
    fi
    report "Environment: OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE-unset}," \
        "OPENBLAS_L2_SIZE=${OPENBLAS_L2_SIZE-unset} (kept for nabla and octave, removed for numpy)"
    report "Peers (each with the BLAS kernel it runs in its own environment):"
    if peer_ok nabla; then
        local blas
        # nabla may choose another kernel than its library would (Docs/performance.md): ask nabla.
        blas=$("$NABLA" --version 2>/dev/null | sed -n 's/^BLAS: //p')
        # nabla sets its BLAS to one thread and splits large products across the cores itself.
        reportf '  %-7s %s; BLAS: %s; used single-threaded, products split over %s cores by nabla' nabla \
            "$BUILD_DIR/release/nabla (release)" "${blas:-unknown}" "$(nproc)"
    else
        reportf '  %-7s skipped: %s' nabla "$(skip_reason nabla)"
    fi
    if peer_ok numpy; then
        reportf '  %-7s numpy %s, Python %s; BLAS: %s' numpy \
            "$("$PYTHON" -c 'import numpy; print(numpy.__version__)')" \
            "$("$PYTHON" -c 'import platform; print(platform.python_version())')" \
            "$("${NUMPY_ENV[@]}" "$PYTHON" "$LIB/blas_info.py" numpy)"
    else
        reportf '  %-7s skipped: %s' numpy "$(skip_reason numpy)"
    fi
    if peer_ok jax; then
        reportf '  %-7s jax %s (jit, float64), Python %s; XLA CPU' jax \
            "$("${NUMPY_ENV[@]}" "$JAX_PYTHON" -c 'import jax; print(jax.__version__)' 2>/dev/null)" \
            "$("$JAX_PYTHON" -c 'import platform; print(platform.python_version())')"
    else
        reportf '  %-7s skipped: %s' jax "$(skip_reason jax)"
    fi
    if peer_ok octave; then
        local blas version
        blas=$(linked_blas "$(command -v octave-cli)")
        version=$(octave-cli --norc --eval 'printf("%s\n", version())' 2>/dev/null || echo "?")
        reportf '  %-7s GNU Octave %s; BLAS: %s' octave "$version" \
            "$( [[ -n $blas ]] && python3 "$LIB/blas_info.py" lib "$blas" || echo "unknown")"
    else
        reportf '  %-7s skipped: %s' octave "$(skip_reason octave)"
    fi
}

# ---------------------------------------------------------------------------------------------------
# Benchmark 1: start-up to first result. A student's first impression is how fast the prompt answers.

# Timing tool: hyperfine when present (installed here if missing and we are root), else a Python loop.
HYPERFINE=""
choose_timer() {
    if ! command -v hyperfine >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
        note "hyperfine missing; installing it"
        "$ROOT/scripts/ensure-system-packages.sh" hyperfine >&2 || note "could not install hyperfine"
    fi
    if command -v hyperfine >/dev/null 2>&1; then
        HYPERFINE=$(command -v hyperfine)
    fi
}

# median_ms COMMAND [ARG...]: median wall time in milliseconds; fails (with the error) if the command does.
median_ms() {
    local seconds
    if [[ -n $HYPERFINE ]]; then
        local quoted
        quoted=$(printf '%q ' "$@")
        # -N: run without an intermediate shell, so nothing but the command itself is timed.
        "$HYPERFINE" -N --style none --warmup 3 --runs "$STARTUP_RUNS" \
            --export-json "$WORK/hyperfine.json" "$quoted" </dev/null >/dev/null 2>"$WORK/hyperfine.err" ||
            { cat "$WORK/hyperfine.err"; return 1; }
        seconds=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' \
            "$WORK/hyperfine.json")
    else
        seconds=$(python3 "$LIB/median_wall_time.py" "$STARTUP_RUNS" 3 -- "$@" 2>&1) || { echo "$seconds"; return 1; }
    fi
    calc "$seconds * 1000" '%.1f'
}

bench_startup() {
    choose_timer
    local timer
    if [[ -n $HYPERFINE ]]; then
        timer="hyperfine $("$HYPERFINE" --version | awk '{ print $2 }'), 3 warm-ups"
    else
        timer="Python timing loop, 3 warm-ups; hyperfine not available"
    fi
    report ""
    report "1. Start-up to first result: median wall time of $STARTUP_RUNS runs ($timer)"
    reportf '   %-7s %-40s %10s' peer command median
    local -A ms=()
    local peer label output
    local -a command
    for peer in nabla numpy octave; do
        case $peer in
            nabla) label="nabla -e '1+1'"; command=("$NABLA" -e '1+1') ;;
            numpy) label="python3 -c 'import numpy; print(1+1)'"
                   command=("${NUMPY_ENV[@]}" "$PYTHON" -c 'import numpy; print(1+1)') ;;
            octave) label="octave-cli --eval '1+1'"; command=(octave-cli --eval '1+1') ;;
        esac
        if ! peer_ok $peer; then
            reportf '   %-7s %-40s %10s' $peer "$label" skipped
            continue
        fi
        note "start-up: $peer"
        if output=$(median_ms "${command[@]}"); then
            ms[$peer]=$output
            reportf '   %-7s %-40s %7s ms' $peer "$label" "$output"
        else
            reportf '   %-7s %-40s %10s  (%s)' $peer "$label" error "$(first_line "$output")"
        fi
    done
    if [[ -n ${ms[nabla]:-} && -n ${ms[numpy]:-} ]]; then
        local ratio verdict
        ratio=$(calc "${ms[nabla]} / ${ms[numpy]}" '%.3f')
        verdict=$(calc "($ratio <= 0.15) ? 1 : 0" '%d')
        reportf '   nabla/numpy: %sx   target <= 0.15x: %s' "$ratio" "$([[ $verdict == 1 ]] && echo met || echo "not met")"
    else
        report "   nabla/numpy: n/a (needs both nabla and numpy)"
    fi
    report_skips
}

# ---------------------------------------------------------------------------------------------------
# Benchmark 2: matrix-product throughput. Each peer times its own loop in its own language, so the
# interpreter's per-statement cost is part of what is measured, as a student would experience it.

MATMUL_SIZES=(64 256 1024)

# matmul_seconds PEER N REPS: run the peer's timed loop once and print the seconds it reports.
matmul_seconds() {
    local peer=$1 n=$2 reps=$3 output script
    script="A = rand($n); B = rand($n); C = A*B; t = tic; for k = 1:$reps, C = A*B; end; s = toc(t); printf('%.6f\n', s)"
    case $peer in
        nabla) output=$(timeout 600 "$NABLA" -e "$script" </dev/null 2>&1) || { echo "$output"; return 1; } ;;
        octave) output=$(timeout 600 octave-cli --quiet --norc --no-history --no-window-system \
            --eval "$script" </dev/null 2>&1) || { echo "$output"; return 1; } ;;
        numpy1 | numpy2) output=$(timeout 600 "${NUMPY_ENV[@]}" OPENBLAS_NUM_THREADS=${peer#numpy} \
            "$PYTHON" "$LIB/numpy_matmul.py" "$n" "$reps" </dev/null 2>&1) || { echo "$output"; return 1; } ;;
    esac
    output=$(tail -n 1 <<<"$output" | tr -d '[:space:]')
    if [[ ! $output =~ ^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$ ]]; then
        echo "expected seconds, got '$output'"
        return 1
    fi
    echo "$output"
}

# matmul_gflops PEER N: calibrate the repetitions until one loop lasts MIN_SECONDS, then take the best
# of TRIALS loops (the calibrated loop counts as the first). Prints GFLOP/s with 2n^3 flops a product.
matmul_gflops() {
    local peer=$1 n=$2 reps seconds best trial growth
    # First guess assumes 5 GFLOP/s; later guesses use what was measured.
    reps=$(calc "($MIN_SECONDS * 5e9) / (2 * $n^3)" '%d')
    ((reps >= 1)) || reps=1
    for _ in 1 2 3 4 5 6; do  # at most 6 calibration loops
        seconds=$(matmul_seconds "$peer" "$n" "$reps") || { echo "$seconds"; return 1; }
        [[ $(calc "($seconds >= $MIN_SECONDS) ? 1 : 0" '%d') == 1 ]] && break
        # Aim 30% past the minimum; grow at most 100-fold a step so a peer that reports a near-zero
        # time (a broken timer) cannot ask for an endless loop.
        growth=$(calc "1.3 * $MIN_SECONDS / (($seconds > 1e-6) ? $seconds : 1e-6)")
        reps=$(calc "$reps * (($growth < 100) ? $growth : 100) + 1" '%d')
    done
    best=$seconds
    for ((trial = 2; trial <= TRIALS; trial++)); do
        seconds=$(matmul_seconds "$peer" "$n" "$reps") || { echo "$seconds"; return 1; }
        best=$(calc "($seconds < $best) ? $seconds : $best")
    done
    calc "2 * $n^3 * $reps / $best / 1e9" '%.2f'
}

bench_matmul() {
    report ""
    report "2. Matrix product C = A*B: GFLOP/s (2n^3 flops a product), best of $TRIALS timed loops of >= ${MIN_SECONDS} s;"
    report "   numpy with 1 and with 2 BLAS threads, compared at the better of the two"
    reportf '   %6s %9s %9s %9s %9s %12s   %s' n nabla numpy-1t numpy-2t octave nabla/numpy target
    local n peer output ratio target verdict
    local -A gflops=()
    for n in "${MATMUL_SIZES[@]}"; do
        gflops=()
        local -a cells=()
        for peer in nabla numpy1 numpy2 octave; do
            if ! peer_ok "${peer%[12]}"; then
                cells+=(skipped)
                continue
            fi
            note "matrix product: $peer, n = $n"
            if output=$(matmul_gflops $peer "$n"); then
                gflops[$peer]=$output
                cells+=("$output")
            else
                cells+=(error)
                ERRORS+=("$peer at n = $n: $(first_line "$output")")
            fi
        done
        ratio="n/a"
        local best_numpy=${gflops[numpy1]:-}
        if [[ -n ${gflops[numpy2]:-} ]] && { [[ -z $best_numpy ]] || [[ $(calc "(${gflops[numpy2]} > $best_numpy) ? 1 : 0" '%d') == 1 ]]; }; then
            best_numpy=${gflops[numpy2]}
        fi
        if [[ -n ${gflops[nabla]:-} && -n $best_numpy ]]; then
            ratio="$(calc "${gflops[nabla]} / $best_numpy" '%.2f')x"
        fi
        target="-"
        if ((n >= 256)); then
            target=">= 0.8x"
            if [[ $ratio != n/a ]]; then
                verdict=$(calc "(${ratio%x} >= 0.8) ? 1 : 0" '%d')
                target+=": $([[ $verdict == 1 ]] && echo met || echo "not met")"
            fi
        fi
        reportf '   %6s %9s %9s %9s %9s %12s   %s' "$n" "${cells[@]}" "$ratio" "$target"
    done
    report_skips
}

bench_symbolic() {
    report ""
    report "5. Symbolic derivative of an L-layer sigmoid network: grad(Loss, W1), time and printed size"
    if ! peer_ok nabla; then
        report "   skipped nabla: $(skip_reason nabla)"
        return
    fi
    local output
    if output=$("${PYTHON:-python3}" "$LIB/symbolic_scaling.py" "$NABLA" 2>&1); then
        report "$output"
    else
        report "   error: $(first_line "$output")"
    fi
}

# ---------------------------------------------------------------------------------------------------
# Benchmark 3: training. The same training written in each peer's language, timed inside the
# program around the training loop only (data and weights are made before the clock starts). Nabla
# runs it twice: with the backpropagation written by hand (plain Octave code, as NumPy and Octave
# do), and with `train`, which derives the gradients once from the loss formula and re-evaluates
# that derivative graph every step.

TRAINING_CASES=("linear" "mlp 300 2 64 3 2000" "mlp 4096 64 256 10 200")

# training_script PEER VARIANT CASE...: the peer's program (nabla and octave), printing seconds last.
training_script() {
    local peer=$1 variant=$2 kind=$3
    if [[ $kind == linear ]]; then
        local data="x = 2*rand(100, 1); y = 2*x + 1 + 0.2*randn(100, 1); t0 = 0; t1 = 0; lr = 0.01;"
        if [[ $variant == grad ]]; then
            echo "$data L := mse(t0 + t1*x, y); t = tic; train(L, {t0, t1}, 'lr', lr, 'steps', 1000, 'every', 1000); s = toc(t); printf('%.6f\n', s)"
        else
            echo "$data t = tic; for it = 1:1000, r = t0 + t1*x - y; t0 = t0 - lr*mean(2*r); t1 = t1 - lr*mean(2*r.*x); end; s = toc(t); printf('%.6f\n', s)"
        fi
        return
    fi
    local n=$4 d=$5 h=$6 k=$7 steps=$8
    if [[ $variant == grad ]]; then
        # Examples as columns, the layout W*X of the formulas.
        echo "X = randn($d, $n); y = randi($k, 1, $n); Y = onehot(y, $k);" \
            "W1 = xavier($h, $d); b1 = zeros($h, 1); W2 = xavier($k, $h); b2 = zeros($k, 1);" \
            "a := tanh(W1*X + b1); L := cross_entropy(W2*a + b2, Y);" \
            "t = tic; train(L, {W1, b1, W2, b2}, 'lr', 0.5, 'steps', $steps, 'every', $steps); s = toc(t); printf('%.6f\n', s)"
        return
    fi
    # Examples as rows, as in the NumPy script.
    echo "X = randn($n, $d); y = randi($k, $n, 1); Y = double((1:$k) == y);" \
        "W1 = randn($d, $h)*sqrt(2/($d + $h)); b1 = zeros(1, $h); W2 = randn($h, $k)*sqrt(2/($h + $k)); b2 = zeros(1, $k); lr = 0.5;" \
        "t = tic; for it = 1:$steps," \
        "a = tanh(X*W1 + b1); s = a*W2 + b2; e = exp(s - max(s, [], 2)); p = e ./ sum(e, 2); ds = (p - Y) / $n;" \
        "dW2 = a'*ds; db2 = sum(ds, 1); da = (ds*W2') .* (1 - a.*a); dW1 = X'*da; db1 = sum(da, 1);" \
        "W1 = W1 - lr*dW1; b1 = b1 - lr*db1; W2 = W2 - lr*dW2; b2 = b2 - lr*db2;" \
        "end; s = toc(t); printf('%.6f\n', s)"
}

# peer_seconds PEER VARIANT CASE...: best of TRIALS runs, in seconds; the peak resident memory (MiB)
# of the best run goes to $WORK/best-peak. Peers: nabla, octave (hand or grad scripts), numpy1 and
# numpy2 (NumPy with 1 or 2 BLAS threads), jax.
training_seconds() {
    local peer=$1 variant=$2 best="" output trial
    shift 2
    local -a command
    case $peer in
        nabla) command=("$NABLA" -e "$(training_script nabla "$variant" "$@")") ;;
        octave) command=("${OCTAVE[@]}" --eval "$(training_script octave "$variant" "$@")") ;;
        numpy1 | numpy2) command=("${NUMPY_ENV[@]}" OPENBLAS_NUM_THREADS=${peer#numpy} "$PYTHON" "$LIB/numpy_training.py" "$@") ;;
        jax) command=("${NUMPY_ENV[@]}" "$JAX_PYTHON" "$LIB/jax_training.py" "$@") ;;
    esac
    best_seconds "${command[@]}"
}

bench_training() {
    report ""
    report "6. Training: seconds of the training loop, best of $TRIALS runs; nabla by hand (Octave code) and with train (grad);"
    report "   numpy by hand with 1 and 2 BLAS threads (hand/numpy uses the better); JAX jit, float64, compile time excluded"
    reportf '   %-28s %10s %10s %9s %9s %9s %9s %10s %9s   %s' case nabla-hand nabla-grad numpy-1t numpy-2t jax octave hand/numpy grad/jax target
    local spec label peer variant output key
    local -a peaks_report=()
    for spec in "${TRAINING_CASES[@]}"; do
        # shellcheck disable=SC2086  # the case is a list of words on purpose
        set -- $spec
        case $1 in
            linear) label="linear regression 1000" ;;
            *) label="mlp $2x$3-$4-$5 $6 steps" ;;
        esac
        local -A secs=() peaks=()
        local -a cells=() peak_cells=()
        for key in nabla:hand nabla:grad numpy1:hand numpy2:hand jax:grad octave:hand; do
            peer=${key%%:*}
            variant=${key##*:}
            if ! peer_ok "${peer%[12]}" || { [[ $peer == jax ]] && [[ $1 == linear ]]; }; then
                cells+=("-")
                peak_cells+=("-")
                continue
            fi
            note "training: $label, $peer ($variant)"
            if output=$(training_seconds "$peer" "$variant" "$@"); then
                secs[$key]=$output
                peaks[$key]=$(cat "$WORK/best-peak" 2>/dev/null || echo "?")
                cells+=("$(calc "$output" '%.4f')")
                peak_cells+=("${peaks[$key]}")
            else
                cells+=(error)
                peak_cells+=("-")
                ERRORS+=("$peer ($variant) on $label: $(first_line "$output")")
            fi
        done
        local numpy="" hand="n/a" grad="n/a" verdict="-"
        for key in numpy1:hand numpy2:hand; do
            if [[ -n ${secs[$key]:-} ]] && { [[ -z $numpy ]] || [[ $(calc "(${secs[$key]} < $numpy) ? 1 : 0" '%d') == 1 ]]; }; then
                numpy=${secs[$key]}
            fi
        done
        [[ -n $numpy && -n ${secs[nabla:hand]:-} ]] && hand="$(calc "${secs[nabla:hand]} / $numpy" '%.2f')x"
        [[ -n ${secs[jax:grad]:-} && -n ${secs[nabla:grad]:-} ]] && grad="$(calc "${secs[nabla:grad]} / ${secs[jax:grad]}" '%.2f')x"
        if [[ $hand != n/a ]]; then
            local met=$(calc "(${hand%x} <= 1.0) ? 1 : 0" '%d')
            [[ $grad != n/a ]] && met=$(calc "(${hand%x} <= 1.0 && ${grad%x} <= 1.0) ? 1 : 0" '%d')
            verdict="<= 1.0x: $([[ $met == 1 ]] && echo met || echo "not met")"
        fi
        reportf '   %-28s %10s %10s %9s %9s %9s %9s %10s %9s   %s' "$label" "${cells[@]}" "$hand" "$grad" "$verdict"
        peaks_report+=("$(printf '   %-28s %10s %10s %9s %9s %9s %9s' "$label" "${peak_cells[@]}")")
    done
    report "   peak resident memory of the same runs, MiB (whole process):"
    local line
    for line in "${peaks_report[@]}"; do report "$line"; done
    report_skips
}

# ---------------------------------------------------------------------------------------------------
# Benchmarks 3 and 4: the interpreter. Plain loops a student writes, timed inside each program
# (tic/toc, time.perf_counter) around the loop only.

OCTAVE=(octave-cli --quiet --norc --no-history --no-window-system)

# best_seconds COMMAND...: runs COMMAND TRIALS times (its last line of output is seconds) and prints
# the best; the peak resident memory of that run, in MiB, goes to $WORK/best-peak.
best_seconds() {
    local best="" output trial
    for ((trial = 1; trial <= TRIALS; trial++)); do
        output=$(timeout 900 python3 "$LIB/peak_rss.py" "$WORK/peak" -- "$@" </dev/null 2>&1) || { echo "$output"; return 1; }
        output=$(tail -n 1 <<<"$output" | tr -d '[:space:]')
        if [[ ! $output =~ ^[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$ ]]; then
            echo "expected seconds, got '$output'"
            return 1
        fi
        if [[ -z $best ]] || [[ $(calc "($output < $best) ? 1 : 0" '%d') == 1 ]]; then
            best=$output
            cp "$WORK/peak" "$WORK/best-peak"
        fi
    done
    echo "$best"
}

# The same Octave code for nabla and Octave; the loop's seconds printed last.
LOOP_FUNCTION=$'function y = f(x)\n  if x > 3\n    y = x - 1;\n  else\n    y = 2*x;\n  end\nend\n'
loop_code() {
    local kind=$1 n=$2
    case $kind in
        scalar) echo "s = 0; t = tic; for i = 1:$n, s = s + i*2; end; e = toc(t); printf('%.6f\n', e)" ;;
        call) echo "${LOOP_FUNCTION}s = 0; t = tic; for i = 1:$n, s = s + f(i); end; e = toc(t); printf('%.6f\n', e)" ;;
        store) echo "x = zeros(1, $n); t = tic; for i = 1:$n, x(i) = i^2; end; e = toc(t); printf('%.6f\n', e)" ;;
        grow) echo "x = []; t = tic; for i = 1:$n, x(end+1) = i; end; e = toc(t); printf('%.6f\n', e)" ;;
    esac
}

# loop_seconds PEER KIND N
loop_seconds() {
    local peer=$1 kind=$2 n=$3
    case $peer in
        nabla) best_seconds "$NABLA" -e "$(loop_code "$kind" "$n")" ;;
        octave) best_seconds "${OCTAVE[@]}" --eval "$(loop_code "$kind" "$n")" ;;
        cpython) best_seconds "$PYTHON" "$LIB/python_loops.py" "$kind" "$n" ;;
    esac
}

LOOP_N=${LOOP_N:-1000000}

bench_loops() {
    report ""
    report "3. Interpreter: seconds of a plain loop of $LOOP_N iterations, best of $TRIALS runs"
    reportf '   %-44s %9s %9s %9s %14s   %s' loop nabla cpython octave nabla/cpython target
    local kind label peer output
    for kind in scalar call; do
        case $kind in
            scalar) label="s = s + i*2" ;;
            call) label="s = s + f(i), f holding an if" ;;
        esac
        local -A secs=()
        local -a cells=()
        for peer in nabla cpython octave; do
            if ! peer_ok "${peer/cpython/numpy}"; then cells+=("-"); continue; fi
            note "loops: $kind, $peer"
            if output=$(loop_seconds "$peer" "$kind" "$LOOP_N"); then
                secs[$peer]=$output
                cells+=("$(calc "$output" '%.4f')")
            else
                cells+=(error)
                ERRORS+=("$peer on $label: $(first_line "$output")")
            fi
        done
        local ratio="n/a" verdict="-"
        if [[ -n ${secs[nabla]:-} && -n ${secs[cpython]:-} ]]; then
            ratio="$(calc "${secs[nabla]} / ${secs[cpython]}" '%.2f')x"
            verdict="<= 1.0x: $([[ $(calc "(${ratio%x} <= 1.0) ? 1 : 0" '%d') == 1 ]] && echo met || echo "not met")"
        fi
        reportf '   %-44s %9s %9s %9s %14s   %s' "$label" "${cells[@]}" "$ratio" "$verdict"
    done
    report_skips
}

STORE_SIZES=(10000 100000 1000000)

bench_stores() {
    report ""
    report "4. Indexed stores: seconds of n stores, best of $TRIALS runs; growth = time(n) / time(n/10)"
    reportf '   %-30s %9s %9s %9s %9s %14s   %s' stores n nabla growth octave nabla/octave target
    local kind n label output previous="" growth ratio target
    for kind in store grow; do
        previous=""
        for n in "${STORE_SIZES[@]}"; do
            case $kind in
                store) label="x(i) = i^2 into zeros(1, n)" ;;
                grow) label="x(end+1) = i from []" ;;
            esac
            local nabla_s="" octave_s="" cells=()
            if peer_ok nabla; then
                note "stores: $kind, nabla, n = $n"
                if output=$(loop_seconds nabla "$kind" "$n"); then nabla_s=$output; else ERRORS+=("nabla on $label, n = $n: $(first_line "$output")"); fi
            fi
            # Octave copies the whole array at every x(end+1): a million of them would take hours.
            if peer_ok octave && [[ $kind == store ]]; then
                note "stores: $kind, octave, n = $n"
                if output=$(loop_seconds octave "$kind" "$n"); then octave_s=$output; else ERRORS+=("octave on $label, n = $n: $(first_line "$output")"); fi
            fi
            growth="-"
            [[ -n $previous && -n $nabla_s ]] && growth="$(calc "$nabla_s / $previous" '%.1f')x"
            ratio="n/a"
            [[ -n $nabla_s && -n $octave_s ]] && ratio="$(calc "$nabla_s / $octave_s" '%.2f')x"
            target="-"
            if [[ $growth != - ]]; then
                target="growth <= 12x: $([[ $(calc "(${growth%x} <= 12) ? 1 : 0" '%d') == 1 ]] && echo met || echo "not met")"
            fi
            if ((n == 100000)) && [[ $ratio != n/a ]]; then
                target+="; <= 0.5x octave: $([[ $(calc "(${ratio%x} <= 0.5) ? 1 : 0" '%d') == 1 ]] && echo met || echo "not met")"
            fi
            reportf '   %-30s %9s %9s %9s %9s %14s   %s' "$label" "$n" "${nabla_s:+$(calc "$nabla_s" '%.4f')}" "$growth" \
                "${octave_s:+$(calc "$octave_s" '%.4f')}" "$ratio" "$target"
            previous=$nabla_s
        done
    done
    report_skips
}

# Lesson 15's training run: the script (Benchmarks/lib/transformer_lesson.sh) times the lesson's demo.
bench_transformer() {
    report ""
    report "7. The transformer-block lesson (15): its demo, training included, with the release build"
    if ! peer_ok nabla; then
        report "   skipped nabla: $(skip_reason nabla)"
        return
    fi
    local output
    if output=$("$LIB/transformer_lesson.sh" "$NABLA" 2>&1); then
        report "$output"
    else
        report "   error: $(first_line "$output")"
    fi
}

# ---------------------------------------------------------------------------------------------------
# Notes under each table: why a peer was skipped, and what failed.

ERRORS=()
report_skips() {
    local peer
    for peer in nabla numpy octave jax; do
        peer_ok $peer || report "   skipped $peer: $(skip_reason $peer)"
    done
    local error
    for error in "${ERRORS[@]}"; do
        report "   error: $error"
    done
    ERRORS=()
}

# ---------------------------------------------------------------------------------------------------

main() {
    local -a selected=()
    NO_BUILD=0
    while (($#)); do
        case $1 in
            --no-build) NO_BUILD=1 ;;
            --list) printf '%s\n' "${BENCHMARKS[@]}"; exit 0 ;;
            -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
            -*) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
            *)
                if ! declare -F "bench_$1" >/dev/null; then
                    echo "unknown benchmark: $1 (known: ${BENCHMARKS[*]})" >&2
                    exit 2
                fi
                selected+=("$1")
                ;;
        esac
        shift
    done
    ((${#selected[@]})) || selected=("${BENCHMARKS[@]}")

    prepare_nabla
    prepare_numpy
    prepare_octave
    prepare_jax
    print_header

    local name
    for name in "${selected[@]}"; do
        "bench_$name"
    done

    if [[ ${selected[*]} == "${BENCHMARKS[*]}" ]]; then
        mkdir -p "$(dirname "$RESULTS")"
        cp "$REPORT" "$RESULTS"
        echo ""
        echo "Written to ${RESULTS#"$ROOT"/}"
    else
        echo ""
        echo "Partial run: ${RESULTS#"$ROOT"/} left unchanged (it holds full runs only)."
    fi
}

main "$@"
