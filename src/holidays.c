/* Finnish public holidays (see holidays.h). The movable ones follow Easter
 * (Good Friday, Easter Monday, Ascension Day) or fall on the Friday,
 * Saturday or Saturday of a fixed week (Midsummer Eve and Day, All Saints'
 * Day), as the Finnish calendar law has them. */
#include <stddef.h>

#include "hubdesk/holidays.h"
#include "hubdesk/i18n.h"

struct local_date
holiday_easter(int y)
{
	/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

	return (struct local_date){ y, month, day };
}

/* True when d is weekday wd (0 = Monday) within [first, first + 6] of month. */
static int
weekday_in_week(struct local_date d, int wd, int month, int first)
{
	if (caltime_weekday(d) != wd)
		return 0;
	for (int i = 0; i < 7; i++) {
		struct local_date x = caltime_add_days((struct local_date){ d.year, month, first }, i);
		if (caltime_date_cmp(x, d) == 0)
			return 1;
	}
	return 0;
}

const char *
holiday_fi(struct local_date d)
{
	static const struct { int month, day; const char *name; } fixed[] = {
		{ 1, 1, N_("New Year's Day") }, { 1, 6, N_("Epiphany") }, { 5, 1, N_("May Day") },
		{ 12, 6, N_("Independence Day") }, { 12, 24, N_("Christmas Eve") },
		{ 12, 25, N_("Christmas Day") }, { 12, 26, N_("Boxing Day") },
	};
	struct local_date easter = holiday_easter(d.year);

	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		if (d.month == fixed[i].month && d.day == fixed[i].day)
			return _(fixed[i].name);
	}
	if (caltime_date_cmp(d, caltime_add_days(easter, -2)) == 0)
		return _("Good Friday");
	if (caltime_date_cmp(d, easter) == 0)
		return _("Easter Sunday");
	if (caltime_date_cmp(d, caltime_add_days(easter, 49)) == 0)
		return _("Whit Sunday");
	if (caltime_date_cmp(d, caltime_add_days(easter, 1)) == 0)
		return _("Easter Monday");
	if (caltime_date_cmp(d, caltime_add_days(easter, 39)) == 0)
		return _("Ascension Day");
	if (weekday_in_week(d, 4, 6, 19))
		return _("Midsummer Eve");
	if (weekday_in_week(d, 5, 6, 20))
		return _("Midsummer Day");
	if (weekday_in_week(d, 5, 10, 31))
		return _("All Saints' Day");
	return NULL;
}
