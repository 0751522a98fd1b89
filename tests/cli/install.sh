#!/bin/sh
# make install into a temporary DESTDIR: exactly the files it should put
# there, an installed binary that finds its own catalogues, a man page that
# renders, and make uninstall leaving nothing behind.
. "$(dirname "$0")/../lib.sh"

# install_make TARGET DESTDIR: the release build's make, whatever make ran
# this suite (make asan passes SANITIZE on in MAKEFLAGS); it builds nothing
# when the binary is current.
install_make() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" "$1" PREFIX=/usr/local \
	    DESTDIR="$2" >make.log 2>&1 || { cat make.log; fail "make $1 failed"; }
}

test_install_puts_each_file_in_its_place_and_uninstall_removes_them() {
	dest=$PWD/dest
	install_make install "$dest"
	(cd "$dest" && find . -type f -o -type l | sort) >files.txt
	cat >want.txt <<'LIST'
./usr/local/bin/hubdesk
./usr/local/share/bash-completion/completions/hubdesk
./usr/local/share/doc/hubdesk/config.example
./usr/local/share/locale/en/LC_MESSAGES/hubdesk.mo
./usr/local/share/locale/fi/LC_MESSAGES/hubdesk.mo
./usr/local/share/locale/sv/LC_MESSAGES/hubdesk.mo
./usr/local/share/man/man1/hubdesk.1
./usr/local/share/man/man5/hubdesk.conf.5
LIST
	diff want.txt files.txt >diff.txt || fail "installed files differ: $(cat diff.txt)"
	[ -x "$dest/usr/local/bin/hubdesk" ] || fail "the installed binary is not executable"
	cmp -s "$ROOT/config.example" "$dest/usr/local/share/doc/hubdesk/config.example" ||
	    fail "config.example was not installed as it is"

	# The installed binary finds the catalogues beside it, not the build's.
	"$dest/usr/local/bin/hubdesk" --lang fi --no-such-option >"$OUT" 2>"$ERR"
	err_has "^hubdesk: tuntematon valitsin '--no-such-option'"
	"$dest/usr/local/bin/hubdesk" --lang sv --no-such-option >"$OUT" 2>"$ERR"
	err_has "^hubdesk: okänd flagga '--no-such-option'"
	grep -q '^[[:space:]]*complete -o default -F _hubdesk hubdesk' \
	    "$dest/usr/local/share/bash-completion/completions/hubdesk" ||
	    fail "the installed completion does not complete hubdesk"

	if command -v man >/dev/null 2>&1; then
		MANWIDTH=80 MANPAGER=cat man --nh --nj -l "$dest/usr/local/share/man/man1/hubdesk.1" \
		    >man.txt 2>&1 || fail "man -l of the installed page failed: $(head -3 man.txt)"
		# Words wrapped at the width are joined first.
		tr -s ' \n' '  ' <man.txt >joined.txt
		grep -q 'make install' joined.txt || fail "the installed page does not say how to install"
		grep -q 'ISC licence' joined.txt || fail "the installed page does not name the licence"
	else
		echo "    skipped man -l: man is missing (apt-get install -y man-db)"
	fi

	install_make uninstall "$dest"
	left=$(cd "$dest" && find . -type f -o -type l)
	[ -z "$left" ] || fail "uninstall left files: $left"
	[ -d "$dest/usr/local/share/doc/hubdesk" ] && fail "uninstall left share/doc/hubdesk"
	return 0
}

test_uninstall_of_nothing_installed_is_harmless() {
	mkdir -p dest/usr/local/share/man/man1
	echo keep >dest/usr/local/share/man/man1/other.1
	install_make uninstall "$PWD/dest"
	[ -f dest/usr/local/share/man/man1/other.1 ] || fail "uninstall removed another program's page"
	return 0
}

# A PREFIX that is relative, or one with a space, would scatter files
# into the source tree or split into two paths: refused, nothing written.
test_a_relative_or_spaced_prefix_is_refused() {
	for prefix in d "/opt/h d"; do
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$ROOT" install \
		    PREFIX="$prefix" DESTDIR="$PWD/dest" >out.txt 2>&1 &&
		    fail "make install PREFIX='$prefix' succeeded"
		grep -q "PREFIX" out.txt || fail "no reason given: $(cat out.txt)"
		[ -e dest ] && fail "PREFIX='$prefix' wrote $(find dest | head -3)"
		[ -e "$ROOT/d" ] && fail "PREFIX='$prefix' wrote into the source tree"
	done
	return 0
}

run_tests "$@"
