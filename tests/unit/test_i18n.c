/* People's dates, times and numbers in each language, and the language
 * chosen from an option, the config or the locale. The unit runner has no
 * catalogue bound unless one is found beside it, so the words are checked
 * by tests/cli/i18n.sh; here, the forms. Each test runs in a child process
 * of its own, so a language set here ends with it. */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "test.h"

TEST(i18n_forms_follow_the_language)
{
	char buf[I18N_DATE_MAX];

	i18n_set(HD_LANG_FI);
	CHECK_STR(i18n_date(buf, sizeof buf, 2026, 11, 4), "4.11.2026");
	CHECK_STR(i18n_time(buf, sizeof buf, 9 * 60 + 30), "9.30");
	CHECK_STR(i18n_time(buf, sizeof buf, 0), "0.00");
	CHECK_STR(i18n_time(buf, sizeof buf, 24 * 60), "24.00");
	CHECK_STR(i18n_number(buf, sizeof buf, 46.8, 1), "46,8");
	CHECK_STR(i18n_number(buf, sizeof buf, -0.04, 1), "0,0");
	CHECK(i18n_decimal_point() == ',');
	i18n_set(HD_LANG_SV);
	CHECK_STR(i18n_time(buf, sizeof buf, 17 * 60), "17.00");
	CHECK_STR(i18n_number(buf, sizeof buf, 1234.5, 2), "1234,50");
	i18n_set(HD_LANG_EN);
	CHECK_STR(i18n_date(buf, sizeof buf, 2026, 11, 4), "2026-11-04");
	CHECK_STR(i18n_time(buf, sizeof buf, 9 * 60 + 30), "09:30");
	CHECK_STR(i18n_number(buf, sizeof buf, 46.75, 1), "46.8");
	CHECK_STR(i18n_day(buf, sizeof buf, 2026, 11, 24), "Tue 2026-11-24");
	CHECK_STR(i18n_month(buf, sizeof buf, 2026, 10), "October 2026");
	CHECK_STR(i18n_datetime(buf, sizeof buf, 2026, 11, 24, 570), "Tue 2026-11-24 09:30");
	/* A short buffer is cut, never overrun. */
	CHECK_STR(i18n_day(buf, 5, 2026, 11, 24), "Tue ");
}

TEST(i18n_parse_takes_codes_names_and_locales)
{
	enum hd_lang l;

	CHECK(i18n_parse("fi", &l) && l == HD_LANG_FI);
	CHECK(i18n_parse("fi_FI.UTF-8", &l) && l == HD_LANG_FI);
	CHECK(i18n_parse("sv_FI@euro", &l) && l == HD_LANG_SV);
	CHECK(i18n_parse("SVENSKA", &l) && l == HD_LANG_SV);
	CHECK(i18n_parse("suomi", &l) && l == HD_LANG_FI);
	CHECK(i18n_parse("en:fi", &l) && l == HD_LANG_EN);
	CHECK(!i18n_parse("de", &l));
	CHECK(!i18n_parse("", &l));
	CHECK(!i18n_parse("f", &l));
	CHECK(!i18n_parse("fin", &l));
	CHECK(!i18n_parse(NULL, &l));
}

TEST(i18n_init_prefers_option_then_config_then_locale)
{
	const char *bad = NULL;

	setenv("LANGUAGE", "sv", 1);
	CHECK(i18n_init(NULL, NULL, &bad) && i18n_hub() == HD_LANG_SV);
	CHECK(i18n_init(NULL, "fi", &bad) && i18n_hub() == HD_LANG_FI);
	CHECK(i18n_init("en", "fi", &bad) && i18n_hub() == HD_LANG_EN);
	CHECK(!i18n_init("xx", NULL, &bad) && strcmp(bad, "xx") == 0);
	CHECK(!i18n_init(NULL, "klingon", &bad) && strcmp(bad, "klingon") == 0);
	/* A visitor's language, then the hub's again. */
	CHECK(i18n_init(NULL, "fi", &bad));
	i18n_set(HD_LANG_SV);
	CHECK(i18n_current() == HD_LANG_SV && i18n_hub() == HD_LANG_FI);
	i18n_reset();
	CHECK(i18n_current() == HD_LANG_FI);
	CHECK_STR(getenv("LANGUAGE"), "fi");
}
