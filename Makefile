# Nabla — set-up, build, test and benchmark commands.
#
# On a fresh Debian machine with Swift 6 on PATH, two commands are all a student needs:
#   make run      install missing system packages, build release, start the REPL
#   make test     install missing system packages, run every test
# and a third for notebooks:
#   make jupyter  install the Nabla kernel into a JupyterLab of its own and open it
#
# Variables (override on the command line, e.g. `make test BUILD_DIR=.build-mine`):
#   BUILD_DIR   SwiftPM scratch path (default .build); lets several checkouts' users build side by side
#   ARGS        extra arguments for `make run` (e.g. ARGS="-e '1+1'")

SHELL := /bin/bash
# -e: stop at the first failing command; -u: unset variables are errors; pipefail: a failing
# command inside a pipe fails the pipe. Applies to every recipe line.
.SHELLFLAGS := -euo pipefail -c
# Prerequisites run left to right (swift check, then packages, then build) even under `make -j`.
.NOTPARALLEL:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

SWIFT ?= swift
BUILD_DIR ?= .build
SWIFT_FLAGS := --scratch-path $(BUILD_DIR)
ARGS ?=

# System libraries the package links against (see Package.swift: libedit, OpenBLAS via pkg-config;
# ZeroMQ and libcrypto for the Jupyter kernel), and venv for the Jupyter tests' Python peers.
SYSTEM_PACKAGES := libedit-dev libopenblas-dev pkg-config libzmq3-dev libssl-dev zlib1g-dev python3-venv

# The Jupyter tests drive the kernel with the real jupyter_client and nbclient from PyPI,
# installed into a virtual environment under the build folder (pinned: a new release must
# not change what `make test` means).
VENV := $(BUILD_DIR)/venv
PYTHON ?= python3
JUPYTER_TEST_PACKAGES := jupyter_client==8.10.0 nbclient==0.11.0 nbformat==5.11.1

.PHONY: help run test build release bench fuzz fuzz-merge fuzz-maths clean deps check-swift jupyter-venv jupyter lint format

help:
	@echo "make run      install missing system packages, build (release) and start the nabla REPL"
	@echo "make test     install missing system packages, run all tests (and lessons, once there are any)"
	@echo "make jupyter  build, install the Nabla kernel into JupyterLab (in $(VENV)) and open it"
	@echo "make build    debug build"
	@echo "make release  release build of the nabla executable"
	@echo "make bench    benchmarks against NumPy, CPython, GNU Octave and JAX (Benchmarks/run.sh)"
	@echo "make fuzz     run both fuzz targets for FUZZ_SECONDS (default 60) each; Linux only (Fuzz/README.md)"
	@echo "make fuzz-maths SECONDS=n   random formulas' derivatives against finite differences for n s (Docs/maths-testing.md)"
	@echo "make lint     swift-format: its rules on every file, its layout on the formatted folders (scripts/lint.sh)"
	@echo "make format   format the formatted folders in place, or FILES='a.swift b.swift'"
	@echo "make clean    remove $(BUILD_DIR)"

check-swift:
	@if ! command -v $(SWIFT) >/dev/null 2>&1; then \
	    echo "error: '$(SWIFT)' is not on PATH. Install the Swift 6 toolchain and add its bin folder" >&2; \
	    echo "       to PATH (here: export PATH=/opt/swift/usr/bin:\$$PATH), then run make again." >&2; \
	    exit 1; \
	fi

deps:
	@scripts/ensure-system-packages.sh $(SYSTEM_PACKAGES)

build: check-swift deps
	$(SWIFT) build $(SWIFT_FLAGS)

release: check-swift deps
	$(SWIFT) build $(SWIFT_FLAGS) -c release --product nabla

run: release
	$(BUILD_DIR)/release/nabla $(ARGS)

# Swift Testing already runs tests in parallel inside the test process, so no --parallel flag (that
# switch only changes how XCTest splits work across processes, and changes the output format).
# The lesson check runs only once Lessons/ holds a lesson (any .md file other than README.md).
test: check-swift deps lint
	$(SWIFT) test $(SWIFT_FLAGS)
	$(SWIFT) build $(SWIFT_FLAGS) --product nabla
	@if [[ -d Lessons && -n "$$(find Lessons -name '*.md' ! -name README.md -print -quit)" ]]; then \
	    echo "Checking lessons in Lessons/"; \
	    $(BUILD_DIR)/debug/nabla lesson --check Lessons/; \
	else \
	    echo "No lessons in Lessons/ yet: lesson check skipped."; \
	fi
	@$(MAKE) jupyter-venv
	@echo "Driving the Jupyter kernel with jupyter_client and nbclient"
	$(VENV)/bin/python Tests/Jupyter/run_tests.py $(BUILD_DIR)/debug/nabla

# Style (.swift-format): `make test` (so CI) runs the lint first; it takes seconds. The folders
# whose layout is enforced (all of Sources and Tests) are listed in scripts/lint.sh; `make format`
# formats them, or FILES.
FILES ?=
lint: check-swift
	SWIFT_FORMAT="$(SWIFT) format" scripts/lint.sh

format: check-swift
	$(SWIFT) format format --in-place --parallel --recursive \
	    $(if $(FILES),$(FILES),$$(sed -n 's/^FORMATTED=(\(.*\))$$/\1/p' scripts/lint.sh))

# JupyterLab goes into the same venv, only for this target (make test never needs it). The
# kernelspec points at the release build. JUPYTER_ARGS passes options to `jupyter lab`.
JUPYTERLAB_PACKAGE := jupyterlab==4.6.6
JUPYTER_ARGS ?=
jupyter: release jupyter-venv
	$(VENV)/bin/pip install --quiet --disable-pip-version-check $(JUPYTERLAB_PACKAGE)
	$(BUILD_DIR)/release/nabla kernel install --prefix $(VENV)
	$(VENV)/bin/jupyter lab $(JUPYTER_ARGS)

# Made once; remade when the pinned packages change.
jupyter-venv: $(VENV)/.installed
$(VENV)/.installed: Makefile
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check $(JUPYTER_TEST_PACKAGES)
	@touch $@

# Property-based differential testing of the derivatives (Docs/maths-testing.md): random
# formulas from fresh seeds for SECONDS seconds, each checked by oracles that share no code with
# the differentiator. A failure is shrunk to a shortest formula and written to
# Tests/NablaRuntimeTests/Corpus/maths/, which `make test` replays from then on.
SECONDS ?= 300
fuzz-maths: check-swift deps
	NABLA_MATHS_SECONDS=$(SECONDS) nice -n 10 $(SWIFT) test $(SWIFT_FLAGS) --filter 'MathsPropertyTests'

# The benchmark's JAX peer (jax[cpu] from PyPI) lives in a venv under the build folder. Without
# network the benchmark still runs and lists JAX as skipped.
BENCH_VENV := $(BUILD_DIR)/bench-venv
bench: check-swift deps
	@if ! $(BENCH_VENV)/bin/python -c 'import jax' 2>/dev/null; then \
	    echo "Installing jax[cpu] into $(BENCH_VENV)"; \
	    { python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install --quiet 'jax[cpu]'; } || \
	        echo "warning: could not install jax[cpu]; the JAX columns will say skipped" >&2; \
	fi
	BUILD_DIR=$(BUILD_DIR) Benchmarks/run.sh

# Fuzzing (Linux; see Fuzz/README.md). One executable holds both libFuzzer targets, selected by
# NABLA_FUZZ_TARGET. The build uses its own scratch path because every module is instrumented
# (-sanitize=fuzzer,address); -DNABLA_LIBFUZZER hands main() to libFuzzer's driver (a plain build
# of NablaFuzz is a replayer instead), and lld links it (gold crashes on the instrumented objects).
# Each target starts from the committed minimised corpus plus the test corpora and lessons as
# read-only seeds; new inputs go to FUZZ_DIR/corpus, crashes to FUZZ_DIR/artifacts.
FUZZ_SECONDS ?= 60
FUZZ_DIR ?= .build-fuzz
FUZZ_BUILD := -c debug --scratch-path $(FUZZ_DIR) -Xswiftc -sanitize=fuzzer,address -Xswiftc -DNABLA_LIBFUZZER \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
FUZZ_BIN = $$($(SWIFT) build $(FUZZ_BUILD) --show-bin-path)/NablaFuzz
CORPUS := Tests/NablaRuntimeTests/Corpus
LANGUAGE_SEEDS := Fuzz/corpus/language $(CORPUS)/octave $(CORPUS)/errors $(CORPUS)/hostile
LESSON_SEEDS := Fuzz/corpus/lesson Lessons
# A language input gets 1 s of work before the harness interrupts it (as Ctrl-C would);
# -timeout catches only work that ignores the interrupt. Each input's session caps one value
# at 2^16 elements (Session(maxBytes:) in FuzzEntry.swift), so 4 GB of RSS means a leak or a
# missing limit.
LANGUAGE_OPTIONS := -max_len=4096 -timeout=10 -rss_limit_mb=4096 -dict=Fuzz/nabla.dict
LESSON_OPTIONS := -max_len=16384 -timeout=10 -rss_limit_mb=2048 -dict=Fuzz/lesson.dict

fuzz: check-swift deps
	$(SWIFT) build $(FUZZ_BUILD) --product NablaFuzz
	@mkdir -p $(FUZZ_DIR)/corpus/language $(FUZZ_DIR)/corpus/lesson $(FUZZ_DIR)/artifacts Fuzz/corpus/language Fuzz/corpus/lesson
	@echo "Fuzzing the language for $(FUZZ_SECONDS) s"
	NABLA_FUZZ_TARGET=language $(FUZZ_BIN) $(LANGUAGE_OPTIONS) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_DIR)/artifacts/language- $(FUZZ_DIR)/corpus/language $(LANGUAGE_SEEDS)
	@echo "Fuzzing lesson files for $(FUZZ_SECONDS) s"
	NABLA_FUZZ_TARGET=lesson $(FUZZ_BIN) $(LESSON_OPTIONS) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_DIR)/artifacts/lesson- $(FUZZ_DIR)/corpus/lesson $(LESSON_SEEDS)

# Adds to the committed corpus the fewest new inputs that cover what fuzzing found beyond it
# (libFuzzer's set-cover merge; run after `make fuzz`, then review the diff).
fuzz-merge: check-swift deps
	$(SWIFT) build $(FUZZ_BUILD) --product NablaFuzz
	@mkdir -p Fuzz/corpus/language Fuzz/corpus/lesson
	NABLA_FUZZ_TARGET=language $(FUZZ_BIN) $(LANGUAGE_OPTIONS) -set_cover_merge=1 -use_counters=0 Fuzz/corpus/language $(FUZZ_DIR)/corpus/language
	NABLA_FUZZ_TARGET=lesson $(FUZZ_BIN) $(LESSON_OPTIONS) -set_cover_merge=1 -use_counters=0 Fuzz/corpus/lesson $(FUZZ_DIR)/corpus/lesson

clean:
	@if [[ -z "$(BUILD_DIR)" || "$(BUILD_DIR)" == "/" ]]; then echo "error: refusing to remove BUILD_DIR='$(BUILD_DIR)'" >&2; exit 1; fi
	rm -rf -- "$(BUILD_DIR)"
