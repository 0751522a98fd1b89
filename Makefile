# hubdesk: `make` builds ./hubdesk, `make demo` opens it on a demo hub,
# `make check` runs every test, `make asan` runs them under ASan and UBSan,
# `make fuzz-build` builds the libFuzzer targets with clang and `make fuzz`
# runs each for FUZZ_SECONDS, `make valgrind` runs the command-line suites
# and the unit tests with every run under valgrind, `make coverage` reports
# the line and branch coverage of the domain and the store (all three:
# docs/reliability.md).
# `make torture` kills writers KILL_ROUNDS times and cuts the power
# POWER_ROUNDS times (docs/reliability.md).

PKGS     := ncursesw sqlite3 uuid libxcrypt
CC       ?= cc
CFLAGS   ?= -O2 -g
WARNINGS := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral -Wpointer-arith -Wvla
CPPFLAGS += -D_DEFAULT_SOURCE -D_GNU_SOURCE -Iinclude -Isrc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -ldl
# PostgreSQL's client library, for push and network (docs/network.md): an
# optional part of the build. Only its header is used; the library itself
# is loaded when first needed (src/central.c), never linked.
HAVE_LIBPQ := $(shell pkg-config --exists libpq 2>/dev/null && echo 1)
ifeq ($(HAVE_LIBPQ),1)
CPPFLAGS   += -DHAVE_LIBPQ
PKG_CFLAGS += $(shell pkg-config --cflags libpq 2>/dev/null)
endif

ifeq ($(SANITIZE),1)
BUILD    ?= build/asan
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
BIN      := $(BUILD)/hubdesk
else ifeq ($(COVERAGE),1)
# -O0 after CFLAGS: optimised code folds lines together and gcov then
# counts a line that ran as not run, or the other way round. Unoptimised,
# gcc loses the value ranges behind its guesses of snprintf truncation and
# warns where the -O2 builds, which are the warning gate, prove none.
# HUBDESK_COVERAGE: the unit runner's children write their counts before
# _exit (tests/unit/runner.c).
BUILD    ?= build/coverage
SANFLAGS := --coverage -O0 -Wno-format-truncation -DHUBDESK_COVERAGE
BIN      := $(BUILD)/hubdesk
else
BUILD    ?= build/release
BIN      := hubdesk
endif

SRCS       := $(wildcard src/*.c)
OBJS       := $(SRCS:src/%.c=$(BUILD)/%.o) $(BUILD)/migrations.o $(BUILD)/municipalities.o \
              $(BUILD)/central-migrations.o
LIB_OBJS   := $(filter-out $(BUILD)/main.o,$(OBJS))
MIGRATIONS := $(sort $(wildcard db/[0-9][0-9][0-9]_*.sql))
CENTRAL_MIGRATIONS := $(sort $(wildcard db/central/[0-9][0-9][0-9]_*.sql))
UNIT_SRCS  := $(wildcard tests/unit/*.c)
UNIT_OBJS  := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%.o)
UNIT_BIN   := $(BUILD)/unit-tests
# The fuzz targets (tests/fuzz/NAME.c) and their corpora's replay binaries,
# which make check runs; the fuzzing rules are further down.
FUZZ_TARGETS := argv caltime config csv dump json text
REPLAY_BINS  := $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay/%)
DEMO_DB    ?= demo.db

# The languages: po/LL.po compiled by msgfmt into build/locale, where the
# binary finds them (i18n.c); po/hubdesk.pot is made from the sources by
# `make pot`. English is the source language: en.po holds only its header.
LINGUAS    := fi sv en
MO_FILES   := $(LINGUAS:%=build/locale/%/LC_MESSAGES/hubdesk.mo)
XGETTEXT_FLAGS := --from-code=UTF-8 --language=C --add-comments=TRANSLATORS: \
            --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
            --keyword=ngettext:1,2 --package-name=hubdesk --no-location --sort-output

COMPLETION := build/hubdesk.bash

# make install PREFIX=/usr/local DESTDIR=...: the binary, the man pages, the
# catalogues (where i18n.c looks: bin/../share/locale), the bash completion
# and config.example as documentation only: no live config is installed.
# make uninstall removes these files, and of the folders only the one that
# is hubdesk's alone, share/doc/hubdesk. PREFIX is absolute, and neither
# it nor DESTDIR holds a space (each is refused before anything is done).
PREFIX     ?= /usr/local
BINDIR     := $(DESTDIR)$(PREFIX)/bin
SHAREDIR   := $(DESTDIR)$(PREFIX)/share
DOCDIR     := $(SHAREDIR)/doc/hubdesk
INSTALLED  := $(BINDIR)/hubdesk $(SHAREDIR)/man/man1/hubdesk.1 \
            $(SHAREDIR)/man/man5/hubdesk.conf.5 $(DOCDIR)/config.example \
            $(SHAREDIR)/bash-completion/completions/hubdesk \
            $(LINGUAS:%=$(SHAREDIR)/locale/%/LC_MESSAGES/hubdesk.mo)

ALL_CFLAGS = $(WARNINGS) $(CFLAGS) $(SANFLAGS) $(PKG_CFLAGS)

.PHONY: all check asan valgrind coverage demo bench fuzz fuzz-build torture clean deps pot install uninstall

all: $(BIN) $(MO_FILES) $(COMPLETION)

# The bash completion, written by the binary from its command table.
$(COMPLETION): $(BIN)
	./$(BIN) completion bash > $@.tmp && mv $@.tmp $@

build/locale/%/LC_MESSAGES/hubdesk.mo: po/%.po | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

pot:
	xgettext $(XGETTEXT_FLAGS) -o po/hubdesk.pot src/*.c src/*.h

# The Debian packages of .ci/packages: installed when missing if we are root
# on Debian, else one line naming what to install. Before a check, the test
# suites' packages too.
DEPS_FOR := $(if $(filter check asan valgrind,$(MAKECMDGOALS)),check,build)

$(BUILD)/.deps-ok: .ci/packages .ci/install-deps
	@sh .ci/install-deps $(DEPS_FOR)
	@mkdir -p $(BUILD) && touch $@

deps:
	@sh .ci/install-deps check

$(BUILD)/%.o: src/%.c | $(BUILD)/.deps-ok
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/migrations.c: $(MIGRATIONS) db/embed.awk | $(BUILD)/.deps-ok
	awk -f db/embed.awk $(MIGRATIONS) > $@

$(BUILD)/migrations.o: $(BUILD)/migrations.c
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/central-migrations.c: $(CENTRAL_MIGRATIONS) db/embed.awk | $(BUILD)/.deps-ok
	awk -v array=central_migrations -f db/embed.awk $(CENTRAL_MIGRATIONS) > $@

$(BUILD)/central-migrations.o: $(BUILD)/central-migrations.c
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/municipalities.c: db/010_municipalities.sql db/municipalities.awk | $(BUILD)/.deps-ok
	awk -f db/municipalities.awk db/010_municipalities.sql > $@

$(BUILD)/municipalities.o: $(BUILD)/municipalities.c
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BIN): $(OBJS)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(OBJS) $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/unit/%.o: tests/unit/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(BUILD)/unit
	$(CC) $(CPPFLAGS) -Itests/unit $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(UNIT_BIN): $(UNIT_OBJS) $(LIB_OBJS)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(UNIT_OBJS) $(LIB_OBJS) $(PKG_LIBS) $(LDFLAGS)

install: $(BIN) $(MO_FILES) $(COMPLETION)
	@case '$(PREFIX)' in /*) ;; *) echo "make: PREFIX is an absolute path, e.g. /usr/local" >&2; exit 2 ;; esac
	@case '$(DESTDIR)$(PREFIX)' in *[[:space:]]*) echo "make: PREFIX and DESTDIR may not hold a space" >&2; exit 2 ;; esac
	install -d $(BINDIR) $(SHAREDIR)/man/man1 $(SHAREDIR)/man/man5 $(DOCDIR) \
	    $(SHAREDIR)/bash-completion/completions
	install -m 755 $(BIN) $(BINDIR)/hubdesk
	install -m 644 docs/hubdesk.1 $(SHAREDIR)/man/man1/hubdesk.1
	install -m 644 docs/hubdesk.conf.5 $(SHAREDIR)/man/man5/hubdesk.conf.5
	install -m 644 config.example $(DOCDIR)/config.example
	install -m 644 $(COMPLETION) $(SHAREDIR)/bash-completion/completions/hubdesk
	for l in $(LINGUAS); do \
	    install -d $(SHAREDIR)/locale/$$l/LC_MESSAGES && \
	    install -m 644 build/locale/$$l/LC_MESSAGES/hubdesk.mo \
	        $(SHAREDIR)/locale/$$l/LC_MESSAGES/hubdesk.mo || exit 1; \
	done

uninstall:
	@case '$(PREFIX)' in /*) ;; *) echo "make: PREFIX is an absolute path, e.g. /usr/local" >&2; exit 2 ;; esac
	@case '$(DESTDIR)$(PREFIX)' in *[[:space:]]*) echo "make: PREFIX and DESTDIR may not hold a space" >&2; exit 2 ;; esac
	rm -f $(INSTALLED)
	-rmdir $(DOCDIR) 2>/dev/null

# The power-cut shim of tests/cli/power.sh, loaded with LD_PRELOAD.
POWERCUT := $(BUILD)/powercut.so
$(POWERCUT): tests/power/powercut.c | $(BUILD)/.deps-ok
	$(CC) $(WARNINGS) $(CFLAGS) -fPIC -shared -o $@ $< -ldl

check: $(BIN) $(UNIT_BIN) $(MO_FILES) $(COMPLETION) $(REPLAY_BINS) $(POWERCUT)
	@sh .ci/install-deps check
	@HUBDESK=$(abspath $(BIN)) UNIT_TESTS=$(abspath $(UNIT_BIN)) POWERCUT=$(abspath $(POWERCUT)) \
	    FUZZ_REPLAY=$(abspath $(BUILD)/fuzz-replay) sh tests/run.sh $(T)

asan:
	$(MAKE) check SANITIZE=1

# The plain build under valgrind's memcheck: any error, or a definite or
# indirect leak, in any run fails it, naming the test and the command.
valgrind: $(BIN) $(UNIT_BIN) $(MO_FILES) $(COMPLETION)
	@sh .ci/install-deps check
	@HUBDESK_BIN=$(abspath $(BIN)) UNIT_BIN=$(abspath $(UNIT_BIN)) sh tests/valgrind/run.sh $(T)

# The coverage of the domain and the store: every src/*.c but the front ends
# (ui*.c, cli*.c, main.c), which the suites drive through the screen and the
# arguments rather than test. The counts start from zero each run; the unit
# tests and every suite run on build/coverage/hubdesk (through
# tests/coverage-run.sh), gcov's complaints go to a log instead of the
# stderr that tests read, then gcovr prints the summary and writes the pages
# to build/coverage/index.html. Failing tests fail the target after the report.
COV          := build/coverage
COV_EXCLUDE  := --exclude 'src/ui.*' --exclude 'src/cli.*' --exclude src/main.c
# The unit tests and the command-line suites by default: the terminal suites
# drive the same domain through the screen and take most of the time
# (docs/reliability.md). COVERAGE_SUITES=all runs them too.
COVERAGE_SUITES ?= tests/cli/*.sh
COV_SUITES   := $(if $(filter all,$(COVERAGE_SUITES)),tests/cli/*.sh tests/ui/*.sh,$(COVERAGE_SUITES))
coverage:
	@command -v gcovr >/dev/null || { echo "make: coverage needs gcovr; as root: apt-get install -y gcovr" >&2; exit 2; }
	@$(MAKE) -s COVERAGE=1 $(COV)/hubdesk $(COV)/unit-tests $(MO_FILES) $(COMPLETION)
	@find $(COV) -name '*.gcda' -delete; rm -rf build/coverage-capped $(COV)/gcov-errors.log
	@HUBDESK=$(abspath tests/coverage-run.sh) HUBDESK_COVERED=$(abspath $(COV)/hubdesk) \
	    HUBDESK_BIN=$(abspath $(COV)/hubdesk) \
	    UNIT_TESTS=$(abspath $(COV)/unit-tests) GCOV_ERROR_FILE=$(abspath $(COV)/gcov-errors.log) \
	    TEST_SUITES='$(COV_SUITES)' sh tests/run.sh $(T); rc=$$?; \
	errs=$$(grep -sv coverage-capped $(COV)/gcov-errors.log | sort | uniq -c); \
	[ -z "$$errs" ] || { echo "make: gcov could not count everything:"; echo "$$errs" | head -5; rc=1; }; \
	gcovr -j 2 -r . --object-directory $(COV) --filter src/ $(COV_EXCLUDE) \
	    --sort-percentage --txt --print-summary \
	    --html-details $(COV)/index.html --html-title 'hubdesk: domain and store' \
	    $(COV) && exit $$rc

# Builds hubdesk, fills $(DEMO_DB) with a demo hub the first time, opens it.
# Both at one busy Monday morning, the README's, so the hub is alive at any
# hour; the kiosk's clock runs on from there.
DEMO_NOW   ?= 2026-11-23 10:30
demo: $(BIN) $(MO_FILES)
	@test -s $(DEMO_DB) || ./$(BIN) --db $(DEMO_DB) --now "$(DEMO_NOW)" demo --months 12
	./$(BIN) --db $(DEMO_DB) --now "$(DEMO_NOW)"

$(BUILD)/ptytime: tests/bench/ptytime.c | $(BUILD)/.deps-ok
	$(CC) $(WARNINGS) $(CFLAGS) -o $@ $< -lutil

$(BUILD)/trivial-curses: tests/bench/trivial-curses.c | $(BUILD)/.deps-ok
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS)

bench: $(BIN) $(MO_FILES) $(BUILD)/ptytime $(BUILD)/trivial-curses
	@HUBDESK=$(abspath $(BIN)) PTYTIME=$(abspath $(BUILD)/ptytime) \
	    TRIVIAL=$(abspath $(BUILD)/trivial-curses) sh tests/bench.sh
	@HUBDESK=$(abspath $(BIN)) sh tests/bench-network.sh

# Fuzzing (docs/reliability.md). One libFuzzer target per reader of
# outside input, tests/fuzz/NAME.c, each linked against all of the
# program's objects built again by clang with the sanitizers, so a target
# never stops linking when a file is added. `make fuzz-build` builds them;
# `make fuzz` runs each for FUZZ_SECONDS on a copy of its seed corpus
# (tests/fuzz/corpus/NAME, only read) in build/fuzz/corpus/NAME and prints
# its executions and executions a second. make check replays every seed
# corpus through tests/fuzz/replay.c, built with $(CC), without clang.
FUZZ_SECONDS ?= $(or $(SECONDS_),30)
FUZZ_RUNS    ?= -1
FUZZ_DIR     := build/fuzz
FUZZ_CC      := clang
FUZZ_IGNORE  := tests/fuzz/coverage-ignore.txt
FUZZ_CFLAGS  := -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
                -fsanitize-coverage-ignorelist=$(FUZZ_IGNORE)
FUZZ_OBJS    := $(SRCS:src/%.c=$(FUZZ_DIR)/%.o) $(FUZZ_DIR)/migrations.o \
                $(FUZZ_DIR)/municipalities.o $(FUZZ_DIR)/central-migrations.o
FUZZ_LIB     := $(filter-out $(FUZZ_DIR)/main.o,$(FUZZ_OBJS))
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/bin/%)

$(FUZZ_DIR)/%.o: src/%.c $(FUZZ_IGNORE) | $(BUILD)/.deps-ok
	@mkdir -p $(FUZZ_DIR)
	$(FUZZ_CC) $(CPPFLAGS) $(WARNINGS) $(FUZZ_CFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/%.o: $(BUILD)/%.c
	@mkdir -p $(FUZZ_DIR)
	$(FUZZ_CC) $(CPPFLAGS) $(WARNINGS) $(FUZZ_CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(FUZZ_DIR)/t/%.o: tests/fuzz/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(FUZZ_DIR)/t
	$(FUZZ_CC) $(CPPFLAGS) -Itests/fuzz $(WARNINGS) $(FUZZ_CFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/bin/%: $(FUZZ_DIR)/t/%.o $(FUZZ_DIR)/t/common.o $(FUZZ_DIR)/t/options.o $(FUZZ_LIB)
	@mkdir -p $(FUZZ_DIR)/bin
	$(FUZZ_CC) -g -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_DIR)/t/common.o \
	    $(FUZZ_DIR)/t/options.o $(FUZZ_LIB) $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/fuzz-replay/%.o: tests/fuzz/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(BUILD)/fuzz-replay
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/fuzz-replay/%: $(BUILD)/fuzz-replay/%.o $(BUILD)/fuzz-replay/replay.o \
    $(BUILD)/fuzz-replay/common.o $(LIB_OBJS)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $< $(BUILD)/fuzz-replay/replay.o \
	    $(BUILD)/fuzz-replay/common.o $(LIB_OBJS) $(PKG_LIBS) $(LDFLAGS)

fuzz-build: $(FUZZ_BINS)

# Kept, so that a second build compiles only what changed.
.SECONDARY: $(FUZZ_OBJS) $(FUZZ_TARGETS:%=$(FUZZ_DIR)/t/%.o) $(FUZZ_DIR)/t/common.o \
    $(FUZZ_DIR)/t/options.o \
    $(REPLAY_BINS:%=%.o) $(BUILD)/fuzz-replay/replay.o $(BUILD)/fuzz-replay/common.o

# FUZZ_RUNS=N stops each target after N executions (-1: no limit). The
# paths are absolute: a target may work in a scratch folder of its own.
# text's and csv's inputs are at most 1024 bytes: the program holds no text
# longer than HD_TEXT (256 bytes), a screen's message is a sentence with a
# few of them in it, and 1 KiB of CSV is a header and several rows, enough
# for what rows do to each other; longer inputs only made each execution
# slower (csv: 2.8 times as many executions a second at 1024).
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	    case $$t in text | csv) max_len=-max_len=1024 ;; *) max_len= ;; esac; \
	    mkdir -p $(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/crashes && \
	    $(FUZZ_DIR)/bin/$$t -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) $$max_len \
	        -print_final_stats=1 -artifact_prefix=$(CURDIR)/$(FUZZ_DIR)/crashes/$$t- \
	        $(CURDIR)/$(FUZZ_DIR)/corpus/$$t $(CURDIR)/tests/fuzz/corpus/$$t \
	        > $(FUZZ_DIR)/$$t.log 2>&1; \
	    rc=$$?; \
	    printf '%-8s %12s execs %8s exec/s corpus %s files%s\n' $$t \
	        "$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/$$t.log)" \
	        "$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FUZZ_DIR)/$$t.log)" \
	        "$$(ls $(FUZZ_DIR)/corpus/$$t | wc -l)" \
	        "$$([ $$rc -eq 0 ] || echo "  FAILED (exit $$rc): see $(FUZZ_DIR)/$$t.log")"; \
	    [ $$rc -eq 0 ] || exit 1; \
	done

# The kill rounds of tests/cli/kill.sh, KILL_ROUNDS of them (default 400),
# their figures in build/torture-kill.txt; then POWER_ROUNDS power cuts of
# tests/cli/power.sh (default 200), in build/torture-power.txt.
KILL_ROUNDS ?= 400
POWER_ROUNDS ?= 200
torture: $(BIN) $(MO_FILES) $(POWERCUT)
	@KILL_ROUNDS=$(KILL_ROUNDS) KILL_REPORT=$(abspath build/torture-kill.txt) \
	    HUBDESK=$(abspath $(BIN)) sh tests/cli/kill.sh
	@cat build/torture-kill.txt
	@POWER_ROUNDS=$(POWER_ROUNDS) POWER_REPORT=$(abspath build/torture-power.txt) \
	    POWERCUT=$(abspath $(POWERCUT)) HUBDESK=$(abspath $(BIN)) sh tests/cli/power.sh
	@cat build/torture-power.txt

clean:
	rm -rf build $(BIN)

-include $(OBJS:.o=.d) $(UNIT_OBJS:.o=.d) $(wildcard $(FUZZ_DIR)/*.d $(FUZZ_DIR)/t/*.d \
    $(BUILD)/fuzz-replay/*.d)
