/* Typed text: UTF-8, control characters, lengths; codes and UUIDs. */
#include <locale.h>
#include <stdlib.h>

#include "hubdesk/ids.h"
#include "hubdesk/text.h"
#include "test.h"

TEST(text_keeps_finnish_and_sami_names)
{
	char out[HD_TEXT], *err = NULL;

	CHECK(text_clean("  Áile Äijälä-Näkkäläjärvi ", "name", 80, true, out, &err) == HD_OK);
	CHECK_STR(out, "Áile Äijälä-Näkkäläjärvi");
	CHECK(text_clean("Ŋuvvos Čoavji Šiellá Žan Đ", "name", 80, true, out, &err) == HD_OK);
	CHECK_INT(text_width("Äijälä"), 6);
	free(err);
}

/* Each test runs in its own process, so the locale set here ends with it. */
TEST(text_width_counts_terminal_columns_in_any_locale)
{
	static const char *const locales[] = { "C.UTF-8", "C", "POSIX" };

	for (size_t i = 0; i < sizeof locales / sizeof locales[0]; i++) {
		CHECK(setlocale(LC_ALL, locales[i]) != NULL);
		CHECK_INT(text_width("Aino \xf0\x9f\x98\x80 Kissa"), 13); /* U+1F600 */
		CHECK_INT(text_width("\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e"), 6); /* three CJK */
		CHECK_INT(text_width("A\xcc\x88ij\xc3\xa4l\xc3\xa4"), 6); /* combining diaeresis */
		CHECK_INT(text_width("a\x01" "b\xff"), 4); /* a control, a stray byte: one each */
	}
}

TEST(text_refuses_controls_escapes_and_bad_utf8)
{
	char out[HD_TEXT], *err = NULL;

	CHECK(text_clean("Aino\x1b[2J", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(err != NULL && strstr(err, "control character") != NULL);
	CHECK(text_clean("Aino\tX", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(text_clean("Aino\xc2\x9b" "31m", "name", 80, true, out, &err) == HD_INVALID); /* C1 CSI */
	CHECK(text_clean("Aino \xe2\x80\xae" "xx", "name", 80, true, out, &err) == HD_INVALID); /* RLO */
	CHECK(text_clean("\xc3\x28", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(text_clean("\xc0\xaf", "name", 80, true, out, &err) == HD_INVALID); /* overlong */
	CHECK(text_clean("\xed\xa0\x80", "name", 80, true, out, &err) == HD_INVALID); /* surrogate */
	CHECK(text_clean("\xe2\x82", "name", 80, true, out, &err) == HD_INVALID); /* truncated */
	free(err);
}

TEST(text_clean_name_folds_every_space_separator_into_one_space)
{
	char out[HD_TEXT], *err = NULL;

	/* U+2009 thin, U+00A0 no-break, U+3000 ideographic, U+202F narrow. */
	CHECK(text_clean_name("Aino\xe2\x80\x89Holmberg", "name", 80, true, out, &err) == HD_OK);
	CHECK_STR(out, "Aino Holmberg");
	CHECK(text_clean_name("\xe3\x80\x80 Aino \xc2\xa0\xe2\x80\xaf Maria   Holmberg\xe2\x80\x89",
	    "name", 80, true, out, &err) == HD_OK);
	CHECK_STR(out, "Aino Maria Holmberg");
	CHECK(text_clean_name("\xe2\x80\x89\xe3\x80\x80", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(err != NULL && strstr(err, "empty") != NULL);
	/* The length is the folded name's. */
	char wide[512] = "A";
	for (int i = 0; i < 60; i++)
		strcat(wide, "\xe2\x80\x89");
	strcat(wide, "B");
	CHECK(text_clean_name(wide, "name", 3, true, out, &err) == HD_OK);
	CHECK_STR(out, "A B");
	/* Other letters are kept as typed. */
	CHECK(text_clean_name("Áile Äijälä-Näkkäläjärvi", "name", 80, true, out, &err) == HD_OK);
	CHECK_STR(out, "Áile Äijälä-Näkkäläjärvi");
	free(err);
}

TEST(text_clean_name_refuses_controls_and_invisible_characters)
{
	static const char *const invisible[] = {
		"\xc2\xad", "\xe2\x80\x8b", "\xe2\x80\x8c", "\xe2\x80\x8d", "\xe2\x80\x8e",
		"\xe2\x80\x8f", "\xe2\x80\xaa", "\xe2\x80\xae", "\xe2\x81\xa0", "\xe2\x81\xa4",
		"\xe2\x81\xa6", "\xe2\x81\xa9", "\xef\xbb\xbf",
	};
	char name[64], out[HD_TEXT], *err = NULL;

	for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++) {
		snprintf(name, sizeof name, "Aino %sHolmberg", invisible[i]);
		snprintf(out, sizeof out, "left over"); /* a refusal must clear it */
		CHECK(text_clean_name(name, "name", 80, true, out, &err) == HD_INVALID);
		CHECK(out[0] == '\0');
	}
	CHECK(text_clean_name("Aino\x1b[2J", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(err != NULL && strstr(err, "control character") != NULL);
	CHECK(text_clean_name("Aino\xc3\x28", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(err != NULL && strstr(err, "UTF-8") != NULL);
	/* Organisations and purposes keep what they were typed with. */
	CHECK(text_clean("Kaiku\xe2\x80\x89Oy", "the organisation", 80, false, out, &err) == HD_OK);
	CHECK_STR(out, "Kaiku\xe2\x80\x89Oy");
	free(err);
}

TEST(text_lengths_and_blanks)
{
	char out[HD_TEXT], big[10241], *err = NULL;

	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	CHECK(text_clean(big, "name", 80, true, out, &err) == HD_INVALID);
	CHECK(text_clean("   ", "name", 80, true, out, &err) == HD_INVALID);
	CHECK(text_clean("", "note", 80, false, out, &err) == HD_OK && out[0] == '\0');
	CHECK(text_clean(NULL, "note", 80, false, out, &err) == HD_OK);
	/* 80 two-byte characters fit; 81 do not. */
	char s[200] = "";
	for (int i = 0; i < 80; i++)
		strcat(s, "ä");
	CHECK(text_clean(s, "name", 80, true, out, &err) == HD_OK);
	strcat(s, "ä");
	CHECK(text_clean(s, "name", 80, true, out, &err) == HD_INVALID);
	free(err);
}

TEST(text_safe_quotes_hostile_input)
{
	char buf[TEXT_SAFE];

	CHECK_STR(text_safe("ab\x1b[2Jc", buf), "ab?[2Jc");
	CHECK_STR(text_safe("\xff", buf), "?");
	CHECK(strlen(text_safe("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", buf)) < 50);
}

TEST(ids_member_codes_use_the_unambiguous_alphabet)
{
	uint64_t rng = 42;
	char code[MEMBER_CODE_LEN + 1], norm[MEMBER_CODE_LEN + 1];

	for (int i = 0; i < 1000; i++) {
		ids_member_code(&rng, code);
		CHECK_INT(strlen(code), MEMBER_CODE_LEN);
		CHECK(strspn(code, MEMBER_CODE_ALPHABET) == MEMBER_CODE_LEN);
	}
	CHECK(ids_member_code_normalise("ac3k9", norm));
	CHECK_STR(norm, "AC3K9");
	CHECK(!ids_member_code_normalise("AC0K9", norm)); /* zero is not in the alphabet */
	CHECK(!ids_member_code_normalise("AC3K", norm));
	CHECK(!ids_member_code_normalise("AC3K99", norm));
}

TEST(ids_uuids_are_canonical_lowercase)
{
	char u[UUID_TEXT], v[UUID_TEXT];

	ids_uuid_new(u);
	ids_uuid_new(v);
	CHECK(ids_uuid_valid(u));
	CHECK(strcmp(u, v) != 0);
	CHECK(!ids_uuid_valid("3F2A0000-0000-4000-8000-000000000000"));
	CHECK(!ids_uuid_valid("3f2a0000-0000-4000-8000-00000000000"));
	CHECK(!ids_uuid_valid("3f2a0000x0000-4000-8000-000000000000"));
	CHECK(!ids_uuid_valid("' OR 1=1 --"));
}
