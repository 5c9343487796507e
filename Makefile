# Nabla — set-up, build, test and benchmark commands.
#
# On a fresh Debian machine with Swift 6 on PATH, two commands are all a student needs:
#   make run    install missing system packages, build release, start the REPL
#   make test   install missing system packages, run every test
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

# System libraries the package links against (see Package.swift: libedit, OpenBLAS via pkg-config).
SYSTEM_PACKAGES := libedit-dev libopenblas-dev pkg-config

.PHONY: help run test build release bench fuzz clean deps check-swift

help:
	@echo "make run      install missing system packages, build (release) and start the nabla REPL"
	@echo "make test     install missing system packages, run all tests (and lessons, once there are any)"
	@echo "make build    debug build"
	@echo "make release  release build of the nabla executable"
	@echo "make bench    benchmarks against NumPy and GNU Octave (Benchmarks/run.sh)"
	@echo "make fuzz     fuzz targets (not yet available)"
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
test: check-swift deps
	$(SWIFT) test $(SWIFT_FLAGS)
	@if [[ -d Lessons && -n "$$(find Lessons -name '*.md' ! -name README.md -print -quit)" ]]; then \
	    echo "Checking lessons in Lessons/"; \
	    $(SWIFT) build $(SWIFT_FLAGS) --product nabla; \
	    $(BUILD_DIR)/debug/nabla lesson --check Lessons/; \
	else \
	    echo "No lessons in Lessons/ yet: lesson check skipped."; \
	fi

bench: check-swift deps
	BUILD_DIR=$(BUILD_DIR) Benchmarks/run.sh

fuzz:
	@echo "fuzz targets arrive with the robustness issue"

clean:
	@if [[ -z "$(BUILD_DIR)" || "$(BUILD_DIR)" == "/" ]]; then echo "error: refusing to remove BUILD_DIR='$(BUILD_DIR)'" >&2; exit 1; fi
	rm -rf -- "$(BUILD_DIR)"
