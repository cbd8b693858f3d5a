# The two commands of the README: `make run` and `make test`, on a fresh Debian machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/i18n/officedesk_zh_CN.qm
TS := resources/i18n/officedesk_zh_CN.ts
# Debian packages Qt needs at run time (offscreen and xcb), a CJK font, pdftotext for PDF tests, Xvfb.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei poppler-utils xvfb

.PHONY: run test system-deps venv translations lint bench bundle clean

run: venv translations
	$(BIN)/officedesk

test: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check officedesk tests bench
	$(BIN)/mypy

# Only as root with apt available (a developer's or CI's Debian machine); elsewhere it says what it skipped.
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then echo "installing:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi; \
	else echo "system-deps: not root or no apt-get; install these yourself if missing: $(APT_PACKAGES)"; fi

$(STAMP): pyproject.toml
	$(MAKE) system-deps
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

translations: $(QM)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

# Refresh the .ts from the code (then translate the new entries).
lupdate: venv
	$(BIN)/pyside6-lupdate -extensions py officedesk -ts $(TS) -no-obsolete

lint: venv
	$(BIN)/ruff check officedesk tests bench
	$(BIN)/ruff format --check officedesk tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: venv
	$(BIN)/python bench/bench_register.py

clean:
	rm -rf build dist $(QM)
