#!/bin/sh
# Languages: the catalogues of po/ cover every string of the sources, and
# the language follows --lang, then the config's `language`, then the
# locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
. "$(dirname "$0")/../lib.sh"

command -v xgettext >/dev/null 2>&1 || {
	echo "  skipped: xgettext is missing (apt-get install -y gettext), so the catalogues are not checked"
	echo "i18n: 0 passed, 0 failed"
	exit 0
}

# The template of every marked string, as `make pot` makes it.
i18n_pot() {
	(cd "$ROOT" && xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
	    --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=ngettext:1,2 --no-location \
	    --sort-output -o - src/*.c src/*.h) >hubdesk.pot || fail "xgettext failed"
}

test_every_msgid_has_a_finnish_and_swedish_translation() {
	i18n_pot
	grep -q '^msgid "..*"' hubdesk.pot || fail "xgettext found no strings"
	for l in fi sv; do
		msgmerge --quiet --no-fuzzy-matching --no-wrap "$ROOT/po/$l.po" hubdesk.pot \
		    -o merged.po || fail "msgmerge $l.po failed"
		msgattrib --untranslated --no-obsolete merged.po -o untranslated.po
		if grep -q '^msgid "..*"' untranslated.po 2>/dev/null; then
			fail "po/$l.po lacks: $(grep '^msgid "..*"' untranslated.po | head -5 | tr '\n' ' ')"
		fi
		msgattrib --only-fuzzy --no-obsolete merged.po -o fuzzy.po
		if grep -q '^msgid "..*"' fuzzy.po 2>/dev/null; then
			fail "po/$l.po has fuzzy entries: $(grep '^msgid' fuzzy.po | head -3 | tr '\n' ' ')"
		fi
	done
}

test_catalogues_compile_with_matching_formats() {
	for l in fi sv en; do
		msgfmt --check -o /dev/null "$ROOT/po/$l.po" 2>msgfmt.txt ||
		    fail "msgfmt --check po/$l.po: $(head -3 msgfmt.txt)"
	done
}

test_no_catalogue_keeps_strings_the_sources_dropped() {
	i18n_pot
	for l in fi sv; do
		msgattrib --no-obsolete "$ROOT/po/$l.po" -o live.po
		# msgcmp DEF REF: every msgid of REF is in DEF; here, every
		# msgid the catalogue translates is still in the sources.
		msgcmp --use-untranslated hubdesk.pot live.po 2>stale.txt ||
		    fail "po/$l.po holds strings no longer in the sources: $(grep -m3 'this message' stale.txt)"
	done
}

test_lang_option_picks_the_language() {
	expect 2 --lang fi --no-such-option
	err_has "tuntematon valitsin"
	expect 2 --lang sv --no-such-option
	err_has "okänd flagga"
	expect 2 --lang en --no-such-option
	err_has "unknown option"
	expect 2 --lang suomi --no-such-option
	err_has "tuntematon valitsin"
}

test_unknown_language_is_refused_in_one_line() {
	expect 2 --lang xx status
	assert_eq "$(cat "$ERR")" "hubdesk: --lang 'xx' is not a language; use fi, sv or en"
	printf 'language = klingon\n' >cfg
	expect 2 --config cfg status
	err_has "language 'klingon' is not a language"
}

test_config_language_wins_over_the_locale() {
	printf 'language = sv\n' >cfg
	LANGUAGE=fi expect 2 --config cfg no-such-command
	err_has "okänt kommando"
	LANGUAGE=fi expect 2 --lang en --config cfg no-such-command
	err_has "unknown command"
}

test_locale_chooses_when_nothing_else_does() {
	LANGUAGE= LC_ALL=fi_FI.UTF-8 expect 2 --no-such-option
	err_has "tuntematon valitsin"
	LANGUAGE= LC_ALL=sv_FI.UTF-8 expect 2 --no-such-option
	err_has "okänd flagga"
	LANGUAGE= LC_ALL=C.UTF-8 expect 2 --no-such-option
	err_has "unknown option"
	# The language is read from the variables even where that locale is
	# not installed, and gettext is not stopped by the C locale.
	LANGUAGE= LC_ALL=C LC_MESSAGES= LANG=fi_FI.UTF-8 expect 2 --no-such-option
	LANGUAGE=fi LC_ALL=C expect 2 --no-such-option
	err_has "tuntematon valitsin"
}

test_without_catalogues_everything_stays_english() {
	mkdir empty
	HUBDESK_LOCALEDIR=$PWD/empty expect 2 --lang fi --no-such-option
	assert_eq "$(cat "$ERR")" "hubdesk: unknown option '--no-such-option'; see 'hubdesk --help'"
}

run_tests "$@"
