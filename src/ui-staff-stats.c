/* Staff: the month's utilisation, drawn in the terminal: a bar a day of
 * desk occupancy and a weekday × hour heat map. Heights and shades are
 * glyphs, so they read the same without colour. The current month is
 * shown up to now and says so; a month that has not begun is refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/stats.h"
#include "hubdesk/xmalloc.h"
#include "ui-internal.h"

/* Bar height: eight rows when the screen has room, six at 80x24. */
#define BAR_ROWS (LINES >= 26 ? 8 : 6)

static struct {
	struct local_date month;   /* asked for */
	struct stats_month m;      /* shown */
	bool have;
} st;

/* Eighths of a cell, bottom up. */
static const char *const eighths[] = { " ", "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83",
	"\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88" };
/* Shades for the heat map, lightest first. */
static const char *const shades[] = { " \xc2\xb7", "\xe2\x96\x91\xe2\x96\x91",
	"\xe2\x96\x92\xe2\x96\x92", "\xe2\x96\x93\xe2\x96\x93", "\xe2\x96\x88\xe2\x96\x88" };

static void
stats_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &st.month, &minute);
	st.month.day = 1;
	st.have = false;
}

/* A month that cannot be shown (one that has not begun) leaves the one
 * shown before on the screen, with the reason on the status line. */
static void
stats_reload(struct ui *ui)
{
	struct stats_month *m = xmalloc(sizeof *m);
	char *err = NULL;

	if (stats_month(ui->hd, st.month, m, &err) == HD_OK) {
		st.m = *m;
		st.have = true;
	} else {
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot work out the statistics"));
		if (st.have)
			st.month = st.m.first;
	}
	free(m);
	free(err);
}

static void
stats_draw_bars(struct ui *ui, int row)
{
	const struct stats_month *m = &st.m;
	int x0 = 6;

	ui_put(row, 0, "100%", 5);
	ui_put(row + BAR_ROWS / 2, 1, "50%", 4);
	ui_put(row + BAR_ROWS - 1, 2, "0%", 3);
	for (int d = 0; d < m->days; d++) {
		int x = x0 + d * 2;
		double share = m->available[d] > 0 ? m->occupied[d] / m->available[d] : 0;
		int eighth = (int)(share * BAR_ROWS * 8 + 0.5);

		if (x + 1 >= COLS)
			break;
		ui_attr(ui, UI_PAIR_MINE, false);
		for (int r = 0; r < BAR_ROWS; r++) {
			int fill = eighth - (BAR_ROWS - 1 - r) * 8;
			fill = fill < 0 ? 0 : fill > 8 ? 8 : fill;
			ui_put(row + r, x, m->open[d] ? eighths[fill] : " ", 1);
		}
		ui_attr_off(ui);
		if (!m->open[d])
			ui_put(row + BAR_ROWS - 1, x, "-", 1);
		if (d == 0 || (d + 1) % 5 == 0) {
			char num[12];
			snprintf(num, sizeof num, "%d", d + 1);
			ui_put(row + BAR_ROWS, x, num, 2);
		}
	}
}

static void
stats_draw_heat(struct ui *ui, int row)
{
	const struct stats_month *m = &st.m;
	double max = 0;
	char num[8], wd[16], most[32], legend[256];
	int x0 = 6;

	(void)ui;
	for (int d = 0; d < 7; d++)
		for (int h = m->first_hour; h <= m->last_hour; h++)
			if (m->heat[d][h] > max)
				max = m->heat[d][h];
	for (int h = m->first_hour; h <= m->last_hour; h++) {
		snprintf(num, sizeof num, "%02d", h);
		ui_put(row, x0 + (h - m->first_hour) * 3, num, 2);
	}
	for (int d = 0; d < 7; d++) {
		ui_put(row + 1 + d, 1, i18n_weekday(wd, sizeof wd, d), 4);
		for (int h = m->first_hour; h <= m->last_hour; h++) {
			int x = x0 + (h - m->first_hour) * 3;
			int level = max > 0 ? (int)(m->heat[d][h] / max * 4 + 0.5) : 0;
			if (x + 2 >= COLS)
				break;
			ui_put(row + 1 + d, x, shades[level], 2);
		}
	}
	/* TRANSLATORS: 78 columns at most; the glyphs are the map's shades. */
	snprintf(legend, sizeof legend, _("desk-hours in a cell over the month: \xc2\xb7 none  "
	    "\xe2\x96\x91 some  \xe2\x96\x92  \xe2\x96\x93  \xe2\x96\x88 most (%s)"),
	    i18n_number(most, sizeof most, max, 1));
	ui_put(row + 8, 1, legend, COLS - 2);
}

static void
stats_draw(struct ui *ui)
{
	char line[256], month[I18N_DATE_MAX], day[I18N_DATE_MAX], at[16], to[I18N_DATE_MAX * 2];
	char rate[32], used[32], avail[32];
	const struct stats_month *m = &st.m;
	struct local_date d;
	int minute;

	if (!st.have)
		return;
	i18n_month(month, sizeof month, m->first.year, m->first.month);
	if (m->complete) {
		snprintf(line, sizeof line, "%s", month);
	} else {
		/* The date and time of now, "23.11.2026 klo 9.00": the weekday
		 * would only crowd the line. */
		caltime_from_utc(m->through, &d, &minute);
		snprintf(to, sizeof to, C_("datetime", "%s %s"),
		    i18n_date(day, sizeof day, d.year, d.month, d.day),
		    i18n_time(at, sizeof at, minute));
		snprintf(line, sizeof line, _("%s so far, to %s"), month, to);
	}
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	snprintf(line, sizeof line, _("Desk occupancy %s %% (%s of %s desk-hours)"),
	    i18n_number(rate, sizeof rate, 100.0 * m->occupancy_rate, 0),
	    i18n_number(used, sizeof used, m->occupied_desk_hours, 1),
	    i18n_number(avail, sizeof avail, m->available_desk_hours, 1));
	ui_put(3, 1, line, COLS - 2);
	ui_put(4, 1, _("Occupancy by day (- closed):"), COLS - 2);
	stats_draw_bars(ui, 5);
	ui_put(6 + BAR_ROWS, 1, _("Occupied desk-hours by weekday and hour:"), COLS - 2);
	stats_draw_heat(ui, 7 + BAR_ROWS);
}

static int
stats_shift(int months)
{
	int m = st.month.month - 1 + months;

	st.month.year += m < 0 ? -1 : m / 12;
	st.month.month = (m % 12 + 12) % 12 + 1;
	return UI_REDRAW | UI_RELOAD;
}

static int stats_key_prev(struct ui *ui) { (void)ui; return stats_shift(-1); }
static int stats_key_next(struct ui *ui) { (void)ui; return stats_shift(1); }

static const struct ui_key stats_keys[] = {
	UI_KEY_HELP,
	{ '[', "[", N_("Month-"), N_("The month before"), stats_key_prev },
	{ ']', "]", N_("Month+"), N_("The month after"), stats_key_next },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

const struct ui_screen ui_staff_stats = {
	.name = N_("statistics"),
	.title = N_("Staff · this month"),
	.enter = stats_enter,
	.reload = stats_reload,
	.draw = stats_draw,
	.modes = UI_MODES(stats_keys),
};
