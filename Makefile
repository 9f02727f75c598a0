# Two commands for people: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV ?= .venv
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

# The catalog checked once and stored ready to load (planner/core/catalog/compiled.py), rebuilt
# when a TOML file or the catalog code changes. The planner reads the TOML when it is stale.
COMPILED_CATALOG := resources/catalog.pickle
CATALOG_INPUTS := $(wildcard resources/catalog/apps/*.toml resources/contacts/*.toml \
	resources/guidance/*.toml planner/core/catalog/*.py)
LUPDATE := $(BIN)/pyside6-lupdate -tr-function-alias tr+=_t -extensions py -locations relative \
	-no-obsolete
LUPDATE_SOURCES := planner/ui planner/app.py

.PHONY: content-pack run test test-long lint install system-check window-check clean bundle bundle-smoke wheelhouse \
	wheelhouse-smoke bench screenshots \
	translations i18n-check

# Reinstall only when the project's dependencies change. The bytecode is compiled once here:
# with PYTHONDONTWRITEBYTECODE set (as on some machines) every start would compile it again.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Python cannot make a \
	virtual environment here: on Debian or Ubuntu, sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q -j 0 -x 'tmpl\.py$$' planner $(VENV)/lib > /dev/null
	touch $(STAMP)

# Qt's system libraries are the one thing pip cannot install: say which apt-get line brings them
# (packaging/check_system.py) instead of failing later, one missing library at a time.
system-check: $(STAMP)
	$(BIN)/python packaging/check_system.py test

window-check: $(STAMP)
	$(BIN)/python packaging/check_system.py run

install: $(STAMP) $(COMPILED_CATALOG)

$(COMPILED_CATALOG): $(CATALOG_INPUTS) | $(STAMP)
	$(BIN)/python -m planner.core.catalog

resources/translations/%.qm: resources/translations/%.ts | system-check
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(LUPDATE) $(LUPDATE_SOURCES) -ts $(TS_FILES)

i18n-check: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pytest tests/ui/test_translations.py

run: window-check $(QM_FILES) $(COMPILED_CATALOG)
	$(BIN)/family-safety-planner

lint: $(STAMP)
	$(BIN)/ruff check planner tests benchmarks packaging
	$(BIN)/ruff format --check planner tests benchmarks packaging
	$(BIN)/mypy

test: system-check lint $(QM_FILES) $(COMPILED_CATALOG)
	$(BIN)/python -m pytest -m "not long"

test-long: $(STAMP) $(QM_FILES) $(COMPILED_CATALOG)
	$(BIN)/python -m pytest

# Start-up, big plan, memory, export and typing against their floors (README, Performance).
bench: $(STAMP) $(COMPILED_CATALOG)
	$(BIN)/python benchmarks/run.py

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# The one-folder app in dist/family-safety-planner/, rebuilt when the code or resources change.
$(BUNDLE): $(BUNDLE_STAMP) $(BUNDLE_INPUTS) $(QM_FILES) $(COMPILED_CATALOG)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/family-safety-planner.spec
	touch $(BUNDLE)

bundle: $(BUNDLE)

bundle-smoke: $(BUNDLE)
	$(BIN)/python -m pytest tests/packaging/test_bundle.py

# Binary wheels only, so that installing needs no compiler and no internet.
wheelhouse: $(STAMP) $(QM_FILES) $(COMPILED_CATALOG)
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

# Maintainers: a signed safety information update built from resources/, for computers that never
# go online (docs/content-format.md). CONTENT_SIGNING_KEY names the private key file (PEM).
content-pack: $(STAMP)
	$(BIN)/python packaging/content_pack.py build --key "$(CONTENT_SIGNING_KEY)" --out dist

# A PNG of every section of the demo plan (and the unlock screen, shelter use) in docs/screenshots/.
screenshots: $(STAMP)
	$(BIN)/python packaging/screenshots.py
