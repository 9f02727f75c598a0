# Two commands for people: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

BUNDLE_STAMP := $(VENV)/.bundle-installed
BUNDLE := dist/family-safety-planner/family-safety-planner
BUNDLE_INPUTS := packaging/family-safety-planner.spec pyproject.toml \
	$(shell find planner resources -type f -not -path '*/__pycache__/*')
# Offline installs: wheels for every platform the planner supports (see README). pip matches a
# manylinux tag exactly, so Linux lists every glibc up to PySide6's 2.34; a macOS tag covers older
# macOS versions and universal2 wheels (PySide6 needs macOS 14).
WHEELHOUSE ?= wheelhouse
WHEEL_PYTHONS ?= 3.11 3.12
WHEEL_TARGETS ?= linux windows macos-arm64 macos-x86_64
TAGS_linux := manylinux2014_x86_64 $(foreach glibc,$(shell seq 17 34),manylinux_2_$(glibc)_x86_64)
TAGS_windows := win_amd64
TAGS_macos-arm64 := macosx_14_0_arm64
TAGS_macos-x86_64 := macosx_14_0_x86_64

# The window's translations: the .ts files are committed (translators edit them with
# pyside6-linguist), the .qm files are built from them. `make translations` collects new and
# changed strings from the code into the .ts files; tests/ui/test_translations.py runs the same
# lupdate command and fails when a string is missing or untranslated. Module-level helpers named
# _t(...) are read as tr(...) in the empty context (see planner/ui/i18n.py).
TS_FILES := $(wildcard resources/translations/planner_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
LUPDATE := $(BIN)/pyside6-lupdate -tr-function-alias tr+=_t -extensions py -locations relative \
	-no-obsolete
LUPDATE_SOURCES := planner/ui planner/app.py

.PHONY: run test test-long lint install clean bundle bundle-smoke wheelhouse wheelhouse-smoke bench screenshots \
	translations i18n-check

# Reinstall only when the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(LUPDATE) $(LUPDATE_SOURCES) -ts $(TS_FILES)

i18n-check: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pytest tests/ui/test_translations.py

run: $(STAMP) $(QM_FILES)
	$(BIN)/family-safety-planner

lint: $(STAMP)
	$(BIN)/ruff check planner tests benchmarks packaging
	$(BIN)/mypy

test: lint $(QM_FILES)
	$(BIN)/python -m pytest -m "not long"

test-long: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pytest

# Start-up, big plan, memory, export and typing against their floors (README, Performance).
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# The one-folder app in dist/family-safety-planner/, rebuilt when the code or resources change.
$(BUNDLE): $(BUNDLE_STAMP) $(BUNDLE_INPUTS) $(QM_FILES)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/family-safety-planner.spec
	touch $(BUNDLE)

bundle: $(BUNDLE)

bundle-smoke: $(BUNDLE)
	$(BIN)/python -m pytest tests/packaging/test_bundle.py

# Binary wheels only, so that installing needs no compiler and no internet.
wheelhouse: $(STAMP) $(QM_FILES)
	rm -rf $(WHEELHOUSE) build/wheel
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir build/wheel .
	$(foreach python,$(WHEEL_PYTHONS),$(foreach target,$(WHEEL_TARGETS),\
		$(BIN)/python -m pip download --quiet --only-binary=:all: --implementation cp \
		--python-version $(python) $(addprefix --platform ,$(TAGS_$(target))) \
		--dest $(WHEELHOUSE) build/wheel/*.whl &&)) true

wheelhouse-smoke: $(STAMP)
	$(BIN)/python -m pytest tests/packaging/test_wheelhouse.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist wheelhouse

# A PNG of every section of the demo plan (and the unlock screen, shelter use) in docs/screenshots/.
screenshots: $(STAMP)
	$(BIN)/python packaging/screenshots.py
