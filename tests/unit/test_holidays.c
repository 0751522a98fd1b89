/* Finnish public holidays 2024-2030, against the published calendar. */
#include "hubdesk/holidays.h"
#include "test.h"

static const char *
at(int y, int m, int d)
{
	const char *name = holiday_fi((struct local_date){ y, m, d });

	return name != NULL ? name : "-";
}

TEST(holidays_movable_feasts_2024_to_2030)
{
	/* Good Friday, Easter Monday, Ascension Day, Midsummer Eve, All Saints' Day */
	static const int t[][11] = {
		{ 2024, 3, 29, 4, 1, 5, 9, 6, 21, 11, 2 },
		{ 2025, 4, 18, 4, 21, 5, 29, 6, 20, 11, 1 },
		{ 2026, 4, 3, 4, 6, 5, 14, 6, 19, 10, 31 },
		{ 2027, 3, 26, 3, 29, 5, 6, 6, 25, 11, 6 },
		{ 2028, 4, 14, 4, 17, 5, 25, 6, 23, 11, 4 },
		{ 2029, 3, 30, 4, 2, 5, 10, 6, 22, 11, 3 },
		{ 2030, 4, 19, 4, 22, 5, 30, 6, 21, 11, 2 },
	};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		int y = t[i][0];
		CHECK_STR(at(y, t[i][1], t[i][2]), "Good Friday");
		CHECK_STR(at(y, t[i][3], t[i][4]), "Easter Monday");
		CHECK_STR(at(y, t[i][5], t[i][6]), "Ascension Day");
		CHECK_STR(at(y, t[i][7], t[i][8]), "Midsummer Eve");
		struct local_date day = caltime_add_days((struct local_date){ y, t[i][7], t[i][8] }, 1);
		CHECK_STR(at(day.year, day.month, day.day), "Midsummer Day");
		CHECK_STR(at(y, t[i][9], t[i][10]), "All Saints' Day");
	}
}

TEST(holidays_fixed_and_ordinary_days)
{
	for (int y = 2024; y <= 2030; y++) {
		CHECK_STR(at(y, 1, 1), "New Year's Day");
		CHECK_STR(at(y, 1, 6), "Epiphany");
		CHECK_STR(at(y, 5, 1), "May Day");
		CHECK_STR(at(y, 12, 6), "Independence Day");
		CHECK_STR(at(y, 12, 24), "Christmas Eve");
		CHECK_STR(at(y, 12, 25), "Christmas Day");
		CHECK_STR(at(y, 12, 26), "Boxing Day");
	}
	CHECK_STR(at(2026, 11, 23), "-");
	CHECK_STR(at(2026, 6, 26), "-"); /* a Friday, but the week after Midsummer */
	CHECK_STR(at(2026, 4, 5), "Easter Sunday");
	CHECK_STR(at(2026, 5, 24), "Whit Sunday");
	CHECK_STR(at(2026, 5, 25), "-");  /* Whit Monday is no holiday in Finland */
	CHECK_STR(at(2026, 12, 27), "-");
	/* Count: 15 a year (Easter and Whit Sunday, Midsummer Eve and Christmas
	 * Eve included). */
	for (int y = 2024; y <= 2030; y++) {
		int n = 0;
		for (struct local_date d = { y, 1, 1 }; d.year == y; d = caltime_add_days(d, 1))
			n += holiday_fi(d) != NULL;
		CHECK_INT(n, 15);
	}
}
