# hubdesk: `make` builds ./hubdesk, `make demo` opens it on a demo hub,
# `make check` runs every test, `make asan` runs them under ASan and UBSan,
# `make torture` kills writers KILL_ROUNDS times and cuts the power
# POWER_ROUNDS times (docs/reliability.md).

PKGS     := ncursesw sqlite3 uuid libxcrypt
CC       ?= cc
CFLAGS   ?= -O2 -g
WARNINGS := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral -Wpointer-arith -Wvla
CPPFLAGS += -D_DEFAULT_SOURCE -D_GNU_SOURCE -Iinclude -Isrc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

ifeq ($(SANITIZE),1)
BUILD    ?= build/asan
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
BIN      := $(BUILD)/hubdesk
else
BUILD    ?= build/release
BIN      := hubdesk
endif

SRCS       := $(wildcard src/*.c)
OBJS       := $(SRCS:src/%.c=$(BUILD)/%.o) $(BUILD)/migrations.o $(BUILD)/municipalities.o
LIB_OBJS   := $(filter-out $(BUILD)/main.o,$(OBJS))
MIGRATIONS := $(sort $(wildcard db/[0-9][0-9][0-9]_*.sql))
UNIT_SRCS  := $(wildcard tests/unit/*.c)
UNIT_OBJS  := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%.o)
UNIT_BIN   := $(BUILD)/unit-tests
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

.PHONY: all check asan demo bench fuzz torture clean deps pot install uninstall

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
DEPS_FOR := $(if $(filter check asan,$(MAKECMDGOALS)),check,build)

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

check: $(BIN) $(UNIT_BIN) $(MO_FILES) $(COMPLETION) $(POWERCUT)
	@sh .ci/install-deps check
	@HUBDESK=$(abspath $(BIN)) UNIT_TESTS=$(abspath $(UNIT_BIN)) POWERCUT=$(abspath $(POWERCUT)) \
	    sh tests/run.sh $(T)

asan:
	$(MAKE) check SANITIZE=1

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

# libFuzzer on the JSON reader (needs clang); the corpus is replayed by make check.
fuzz: $(MIGRATIONS)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -D_GNU_SOURCE \
	    -o build/json-fuzz tests/fuzz/json_fuzz.c src/json.c src/numfmt.c src/text.c src/status.c \
	    src/xmalloc.c
	mkdir -p build/fuzz-corpus
	build/json-fuzz -max_total_time=$${SECONDS_:-30} build/fuzz-corpus tests/fuzz/json

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

-include $(OBJS:.o=.d) $(UNIT_OBJS:.o=.d)
