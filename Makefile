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

.PHONY: run test system-deps venv translations lint bench bundle bundle-test icons screenshots clean

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

# The README's screenshots (docs/screenshots/*.png): the real widgets in Chinese on the demo data, taken by a test.
screenshots: venv translations
	OFFICEDESK_UPDATE_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rP tests/ui/test_readme_screenshots.py

# The one-folder bundle for the clerk's PC (build.spec; the .qm first). OFFICEDESK_CONSOLE=1 builds the console
# variant. PyInstaller's cache stays in build/ (PLATFORM.md: its strip cache takes 151 MB of ~/.cache otherwise).
BUNDLE := dist/OfficeDesk
BUNDLE_EXE := $(BUNDLE)/OfficeDesk
bundle: venv translations
	@start=$$(date +%s%N); \
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-config $(BIN)/pyinstaller --noconfirm --clean \
		--log-level WARN --distpath dist --workpath build build.spec || exit 1; \
	end=$$(date +%s%N); \
	echo "bundle: $(BUNDLE) $$(du -sh $(BUNDLE) | cut -f1) on disk ($$(du -sb $(BUNDLE) | cut -f1) bytes)," \
		"built in $$(awk "BEGIN { printf \"%.1f\", ($$end - $$start) / 1e9 }") s"

# The bundle checks itself headless (exit 1 on any FAILED), then its start-up to a shown window (median of 5).
bundle-test:
	@test -x $(BUNDLE_EXE) || { echo "bundle-test: no $(BUNDLE_EXE): run make bundle first"; exit 1; }
	QT_QPA_PLATFORM=offscreen $(BUNDLE_EXE) --self-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bundle_startup.py --runs 5

# Re-render the application icon from resources/icons/officedesk.svg (the PNG and ICO are committed).
icons: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python resources/icons/make_icons.py

clean:
	rm -rf build dist $(QM)
