# The two commands of the README: `make run` and `make test`.
VENV := .venv/bin
OUT ?= data/processed

.PHONY: run test fixtures bench clean

run:
	@scripts/bootstrap.sh run
	$(VENV)/vorlagen run data/raw --out $(OUT)
	$(VENV)/vorlagen evaluate $(OUT) tests/gold

test:
	@scripts/bootstrap.sh test
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/python -m pytest -q -n auto --dist loadfile
	$(VENV)/mypy

fixtures:
	@scripts/bootstrap.sh test
	$(VENV)/python scripts/make_fixtures.py

bench:
	@scripts/bootstrap.sh test
	$(VENV)/python bench/bench.py

clean:
	rm -rf $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/*.sqlite $(OUT)/*.xlsx $(OUT)/csv-de $(OUT)/corpus.json $(OUT)/text $(OUT)/cache
