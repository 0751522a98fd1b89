/* The kiosk's word wrap (ui-draw.c) without a screen: lines break between
 * words, a word wider than the line is broken, and one long word costs
 * time in proportion to its length (it was measured again from each
 * line's start to its end, which took hours for a megabyte). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "ui-internal.h"

TEST(ui_wrap_words)
{
	struct ui_line l[4];
	const char *s = "Tervetuloa  hubiin tänään";

	REQUIRE(ui_wrap(s, 11, l, 4) == 3);
	CHECK(l[0].off == 0 && l[0].len == 10);
	CHECK(l[1].off == 12 && l[1].len == 6);
	CHECK(l[2].off == 19);
	CHECK(ui_wrap("abcdefg hi", 3, l, 4) == 4);
	CHECK(l[0].len == 3 && l[1].off == 3 && l[2].off == 6 && l[2].len == 1);
	CHECK(l[3].off == 8 && l[3].len == 2);
}

TEST(ui_wrap_one_long_word)
{
	size_t len = 1000000;
	char *s = malloc(len + 3);
	struct ui_line l[2];

	REQUIRE(s != NULL);
	memset(s, 'x', len);
	memcpy(s + len, " y", 3);
	/* Killed, and so failed, if it takes longer than this. */
	alarm(20);
	CHECK(ui_wrap(s, 2, l, 2) == (int)(len / 2) + 1);
	CHECK(l[1].off == 2 && l[1].len == 2 && l[1].width == 2);
	alarm(0);
	free(s);
}
