/* The JSON reader: what it accepts and what it refuses. Its fuzz corpus,
 * tests/fuzz/corpus/json/, is replayed by make check (fuzz-json). */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/json.h"
#include "test.h"

static int
parses(const char *s)
{
	char *err = NULL;
	struct json *j = json_parse(s, strlen(s), &err);
	int ok = j != NULL;

	json_free(j);
	free(err);
	return ok;
}

TEST(json_reads_values)
{
	const char *s = "{\"a\": [1, -2.5e2, true, null, \"\\u00e4\\ud83d\\ude00\\n\"], \"b\": {}}";
	char *err = NULL;
	struct json *j = json_parse(s, strlen(s), &err);
	const struct json *a;

	REQUIRE(j != NULL);
	a = json_get(j, "a");
	REQUIRE(a != NULL && a->type == JSON_ARRAY && a->n == 5);
	CHECK(a->items[1]->number == -250);
	CHECK(a->items[2]->type == JSON_BOOL && a->items[2]->boolean);
	CHECK(a->items[3]->type == JSON_NULL);
	CHECK_STR(a->items[4]->string, "\xc3\xa4\xf0\x9f\x98\x80\n");
	CHECK(json_get(j, "b")->type == JSON_OBJECT);
	CHECK(json_get(j, "c") == NULL);
	json_free(j);
}

TEST(json_refuses_what_is_not_json)
{
	CHECK(!parses(""));
	CHECK(!parses("{"));
	CHECK(!parses("{\"a\":1,}"));
	CHECK(!parses("[1 2]"));
	CHECK(!parses("01"));
	CHECK(!parses("1."));
	CHECK(!parses("\"\\ud800\""));
	CHECK(!parses("\"\\u0000\""));
	CHECK(!parses("\"a\tb\""));
	CHECK(!parses("1e999"));
	CHECK(!parses("[1] x"));
	CHECK(!parses("nul"));
	char deep[200];
	memset(deep, '[', 100);
	memset(deep + 100, ']', 100);
	deep[199] = '\0';
	CHECK(!parses(deep)); /* 100 levels: deeper than allowed */
	CHECK(parses("[[[[[[[[[[1]]]]]]]]]]"));
}

/* A million small values cost tens of megabytes, not hundreds: a node is
 * 24 bytes (32 with malloc's header), and its array doubles. */
TEST(json_a_million_values)
{
	size_t n = 1000000, len = 2 * n + 1;
	char *s = malloc(len + 1), *err = NULL;
	struct json *j;

	REQUIRE(s != NULL);
	CHECK(sizeof(struct json) <= 24);
	s[0] = '[';
	for (size_t i = 0; i < n; i++) {
		s[1 + 2 * i] = '7';
		s[2 + 2 * i] = i + 1 < n ? ',' : ']';
	}
	s[len] = '\0';
	j = json_parse(s, len, &err);
	REQUIRE(j != NULL && j->type == JSON_ARRAY && j->n == n);
	CHECK(j->items[n - 1]->number == 7);
	json_free(j);
	free(s);
}

/* Decimals of up to 15 digits are read without strtod (json.c): the same
 * double, bit for bit, as strtod gives, for every length and place. */
TEST(json_short_decimals_read_as_strtod_reads_them)
{
	unsigned long long seed = 88172645463325252ull;
	char text[64], *err = NULL, *end;
	int differ = 0;

	for (int i = 0; i < 200000; i++) {
		int digits, point, o = 0;
		seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
		digits = 1 + (int)(seed % 15);
		point = (int)((seed >> 8) % (unsigned)(digits + 1));
		if ((seed >> 20) & 1)
			text[o++] = '-';
		for (int d = 0; d < digits; d++) {
			if (d == point && d > 0)
				text[o++] = '.';
			/* No leading zero but a lone one, as JSON demands. */
			text[o++] = (char)('0' + (d == 0 && point != 1 ? 1 + (seed >> (24 + d)) % 9 :
			    (seed >> (24 + d * 2)) % 10));
		}
		text[o] = '\0';
		struct json *j = json_parse(text, (size_t)o, &err);
		REQUIRE(j != NULL);
		double want = strtod(text, &end);
		if (memcmp(&j->number, &want, sizeof want) != 0 && differ++ < 3)
			fprintf(stderr, "%s: %.17g, strtod %.17g\n", text, j->number, want);
		json_free(j);
	}
	CHECK(differ == 0);
}
