# Two commands matter on a fresh Debian 12 machine: `make run` and `make test`.
# Everything they need is installed here: Debian packages via apt-get (listed in
# packaging/apt-*.txt) and Python packages into .venv from the committed uv.lock.

SHELL := /bin/bash
# Debian's own interpreter; the venv is never built on a downloaded Python.
PYTHON_SYSTEM := $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := $(shell sed -n 's/.*"uv==\([0-9.]*\)".*/\1/p' pyproject.toml)
LANGS := ro ru uk bg hu en
QM := $(foreach l,$(LANGS),build/translations/kiosk_$(l).qm)
INSTALL_APT := packaging/install-system-packages.sh
APT_BASE := packaging/apt-runtime.txt packaging/apt-build.txt

.PHONY: deb test-deb run test lint screenshots bench bench-portal bench-mrz bench-emrtd bench-receipts sample-receipts mrz-model system-deps test-deps bench-deps venv translations lupdate clean

run: system-deps venv translations mrz-model
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the kiosk window cannot open."; \
	  echo "To see every screen anyway, run:  make screenshots   (PNG files in build/screenshots/)"; \
	  exit 1; fi
	@# Secrets (device token, outbox key) belong in a Secret Service: without a desktop
	@# session bus, run inside a private one with gnome-keyring.
	@if [ -z "$$DBUS_SESSION_BUS_ADDRESS" ]; then \
	  SECRET_SERVICE_TMP_HOME=1 packaging/with-secret-service.sh $(PY) -m kiosk --demo $(ARGS); \
	else $(PY) -m kiosk --demo $(ARGS); fi

test: test-deps venv translations mrz-model
	$(PY) -m pytest $(PYTEST_ARGS)

lint: venv translations
	$(VENV)/bin/ruff check kiosk device portal tests
	$(VENV)/bin/ruff format --check kiosk device portal tests
	$(VENV)/bin/mypy
	$(VENV)/bin/pyside6-qmllint --max-warnings 0 -I resources/qml -I resources/qmllint \
	  $$(find resources/qml resources/keyboard -name '*.qml')

screenshots: system-deps venv translations mrz-model
	$(PY) -m kiosk --demo --screenshots build/screenshots

bench: bench-deps venv translations
	$(PY) -m tests.bench.startup

bench-portal: test-deps venv
	SECRET_SERVICE_TMP_HOME=1 packaging/with-secret-service.sh $(PY) -m tests.bench.portal

# MRZ reader vs passporteye on synthetic ID documents (data set in build/mrz-bench/).
bench-mrz: bench-deps venv mrz-model
	$(PY) -m tests.bench.mrz $(ARGS)

# Every receipt kind × language × paper as PDF in build/receipts/ (look at them with pdftoppm).
sample-receipts: system-deps venv translations
	$(PY) -m kiosk.receipts.samples --out build/receipts --practice

# eMRTD chip reads over the card emulator on a private pcscd + vpcd: APDUs and seconds.
bench-emrtd: test-deps venv
	$(PY) -m tests.bench.emrtd $(ARGS)

# Receipt PDF generation time per paper, and submit-to-completed on a private cups-pdf queue.
bench-receipts: test-deps venv translations
	$(PY) -m tests.bench.receipts

# The kiosk appliance's Debian package (build/kiosk_<version>_<arch>.deb): /opt/kiosk with its
# own virtual environment from uv.lock, the kiosk user, the cage + systemd unit. ~3 min.
deb: system-deps venv translations mrz-model
	packaging/deb/build-deb.sh build

# Install, reinstall, remove and purge that package in a throwaway Debian 12 root made by
# debootstrap (cached in build/deb-test/), and check the installed unit. A few minutes.
test-deb: test-deps deb
	packaging/deb/make-test-root.sh
	KIOSK_DEB="$$(ls -t build/kiosk_*.deb | head -1)" $(PY) -m pytest -q -s -p no:cacheprovider -o faulthandler_timeout=0 tests/packaging/test_deb_install.py $(PYTEST_ARGS)

system-deps:
	@$(INSTALL_APT) $(APT_BASE)

test-deps:
	@$(INSTALL_APT) $(APT_BASE) packaging/apt-test.txt

bench-deps:
	@$(INSTALL_APT) $(APT_BASE) packaging/apt-test.txt packaging/apt-bench.txt

venv: $(VENV)/.synced

$(VENV)/.synced: uv.lock pyproject.toml
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv $(VENV)
	@test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --python $(PY)
	@touch $@

translations: $(QM)

# The MRZ glyph classifiers, trained from Debian's fonts-ocr-b (no downloaded model; ~35 min
# on 2 cores), retrained when their code changes.
MRZ_MODEL := build/mrz/glyphs.npz
mrz-model: $(MRZ_MODEL)

# The model is tuned on cells the reader's own pipeline cuts from synthetic camera frames.
MRZ_MODEL_SOURCES := device/mrz/glyph_model.py device/mrz/glyph_cnn.py device/mrz/adam.py \
	device/mrz/glyph_training.py device/mrz/cells.py device/mrz/ocrb.py \
	device/mrz/camera_training.py device/mrz/ocr.py device/mrz/detect.py device/mrz/rectify.py \
	$(wildcard device/mrz/synth/*.py)
$(MRZ_MODEL): $(MRZ_MODEL_SOURCES) | venv
	$(PY) -m device.mrz.glyph_model --force

build/translations/kiosk_%.qm: translations/kiosk_%.ts | venv
	@mkdir -p build/translations
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.partial && mv $@.partial $@

# Refresh the .ts catalogues from the sources (keeps existing translations).
lupdate: venv
	$(PY) -m kiosk.i18n.lupdate

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
