/* What the staff screens share of the language: people's times and spans
 * ("9.30–12.00" in fi and sv, "09:30–12:00" in en), dates ("24.11.2026",
 * "2026-11-24"), and the column heads of their lists, translated in the
 * context "staff list" so that a short head like "in" or "code" is
 * translated as a column's word. What staff type into a form stays ISO
 * (HH:MM): the forms fill their fields with it. */
#include <stdio.h>

#include "hubdesk/i18n.h"
#include "ui-internal.h"

char *
ui_staff_time(time_t t, char *buf, size_t n)
{
	return i18n_clock(buf, n, t);
}

char *
ui_staff_span(time_t start, time_t end, char *buf, size_t n)
{
	char a[16], b[16];

	snprintf(buf, n, "%s\xe2\x80\x93%s", i18n_clock(a, sizeof a, start),
	    i18n_end(b, sizeof b, start, end));
	return buf;
}

char *
ui_staff_date(struct local_date d, char *buf, size_t n)
{
	return i18n_date(buf, n, d.year, d.month, d.day);
}

void
ui_staff_heads(int row, int x, const char *const *heads, const int *widths, int n)
{
	const char *cells[UI_STAFF_HEADS_MAX];

	if (n > UI_STAFF_HEADS_MAX)
		n = UI_STAFF_HEADS_MAX;
	for (int i = 0; i < n; i++)
		cells[i] = i18n_cgettext("staff list", heads[i]);
	ui_put_cells(row, x, cells, widths, n);
}
