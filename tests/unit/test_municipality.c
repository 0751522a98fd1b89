/* Municipalities: typed in either language and any case to one number, the
 * nearest names for a slip, and names in each language. */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/municipality.h"
#include "test.h"

/* The number typed names, or -1 when refused (the message freed). */
static int
parse(const char *typed)
{
	int n = -2;
	char *err = NULL;
	enum hd_status rc = municipality_parse(typed, &n, &err);

	free(err);
	return rc == HD_OK ? n : -1;
}

TEST(municipality_table_is_the_classification)
{
	CHECK_INT((int)municipality_count, 309);
	for (size_t i = 1; i < municipality_count; i++)
		CHECK(municipalities[i - 1].number < municipalities[i].number);
	REQUIRE(municipality_by_number(91) != NULL);
	CHECK_STR(municipality_by_number(91)->region_sv, "Nyland");
	CHECK(municipality_by_number(99) == NULL);   /* Honkajoki, merged in 2021 */
	CHECK(municipality_by_number(MUNICIPALITY_ABROAD) == NULL);
}

TEST(municipality_parse_takes_either_language_in_any_case)
{
	CHECK_INT(parse("Helsinki"), 91);
	CHECK_INT(parse("helsinki"), 91);
	CHECK_INT(parse("Helsingfors"), 91);
	CHECK_INT(parse("  HELSINGFORS "), 91);
	CHECK_INT(parse("ÄHTÄRI"), 989);
	CHECK_INT(parse("Etseri"), 989);
	CHECK_INT(parse("mänttä-vilppula"), 508);
	CHECK_INT(parse("s:t karins"), 202);
	CHECK_INT(parse("Pedersören  kunta"), 599);
	CHECK_INT(parse("Hki"), 91);
	CHECK_INT(parse("abroad"), MUNICIPALITY_ABROAD);
	CHECK_INT(parse("Ulkomaat"), MUNICIPALITY_ABROAD);
	CHECK_INT(parse("UTLANDET"), MUNICIPALITY_ABROAD);
	CHECK_INT(parse("unknown"), MUNICIPALITY_UNKNOWN);
	CHECK_INT(parse("tuntematon"), MUNICIPALITY_UNKNOWN);
	CHECK_INT(parse("Okänd"), MUNICIPALITY_UNKNOWN);
	CHECK_INT(parse(""), MUNICIPALITY_UNKNOWN);
	CHECK_INT(parse("Honkajoki"), -1);
	CHECK_INT(parse("Stockholm"), -1);
}

TEST(municipality_refusal_suggests_the_nearest_names)
{
	int n = -2;
	char *err = NULL;
	int near[3];

	CHECK_INT(municipality_parse("Helsinkki", &n, &err), HD_INVALID);
	REQUIRE(err != NULL);
	CHECK(strstr(err, "did you mean Helsinki?") != NULL);
	free(err);
	err = NULL;
	/* Nearer the Swedish name: suggested as it was spelt. */
	CHECK_INT(municipality_parse("Helsingfor", &n, &err), HD_INVALID);
	REQUIRE(err != NULL);
	CHECK(strstr(err, "did you mean Helsingfors?") != NULL);
	free(err);
	err = NULL;
	/* Nothing near: no guess. */
	CHECK_INT(municipality_parse("Y", &n, &err), HD_INVALID);
	REQUIRE(err != NULL);
	CHECK(strstr(err, "did you mean") == NULL);
	free(err);
	CHECK_INT((int)municipality_nearest("Kuortanne", near, 3), 1);
	CHECK_INT(near[0], 300);
	CHECK_INT((int)municipality_nearest("Kunta 5", near, 3), 0);
}

TEST(municipality_names_follow_the_language)
{
	CHECK_STR(municipality_name(91, HD_LANG_FI), "Helsinki");
	CHECK_STR(municipality_name(91, HD_LANG_SV), "Helsingfors");
	CHECK_STR(municipality_name(91, HD_LANG_EN), "Helsinki");
	CHECK_STR(municipality_name(MUNICIPALITY_ABROAD, HD_LANG_FI), "ulkomaat");
	CHECK_STR(municipality_name(MUNICIPALITY_UNKNOWN, HD_LANG_SV), "okänd");
	CHECK_STR(municipality_key(91), "Helsinki");
	CHECK_STR(municipality_key(MUNICIPALITY_ABROAD), "abroad");
	CHECK_STR(municipality_key(MUNICIPALITY_UNKNOWN), "");
	CHECK_STR(municipality_name_of("Vaasa", HD_LANG_SV), "Vasa");
	CHECK_STR(municipality_name_of("unknown", HD_LANG_FI), "tuntematon");
	CHECK_STR(municipality_name_of("other", HD_LANG_SV), "övriga");
	CHECK_STR(municipality_name_of("Nowhere", HD_LANG_SV), "Nowhere");
	CHECK_INT(municipality_number_of("Vaasa"), 905);
	CHECK_INT(municipality_number_of("abroad"), MUNICIPALITY_ABROAD);
}
