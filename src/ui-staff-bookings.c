/* Staff: the bookings of any day, with cancelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "ui-internal.h"

static struct {
	struct local_date date;
	struct booking *b;
	struct ui_list list;
	bool confirm;          /* "Cancel …? y/n" is showing */
	char cancel_uuid[UUID_TEXT]; /* what the question is about */
	char cancel_what[HD_TEXT + 64];
} bk;

static void
bk_item(struct ui *ui, size_t i, int row)
{
	const struct booking *b = &bk.b[i];
	char span[16], a[6], e[6];
	const char *cells[] = { span, b->space_code, b->member_code, b->member_name, b->status };
	static const int widths[] = { 11, 6, 6, 28, 12 };

	(void)ui;
	snprintf(span, sizeof span, "%s\xe2\x80\x93%s", caltime_format_time(b->starts_at, a),
	    caltime_format_end(b->starts_at, b->ends_at, e));
	ui_put_cells(row, 2, cells, widths, 5);
}

static void
bk_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &bk.date, &minute);
	bk.list.sel = bk.list.top = 0;
	bk.list.draw_item = bk_item;
	bk.list.empty = "No bookings on this day.";
	bk.confirm = false;
}

static void
bk_reload(struct ui *ui)
{
	struct booking_filter f = { 0 };
	char *err = NULL;

	free(bk.b);
	bk.b = NULL;
	bk.list.n = 0;
	f.from = caltime_to_utc_next(bk.date, 0);
	f.to = caltime_to_utc_next(caltime_add_days(bk.date, 1), 0);
	if (booking_list(ui->hd, &f, &bk.b, &bk.list.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : "cannot read the bookings");
	free(err);
}

static void
bk_draw(struct ui *ui)
{
	char line[64], date[11];

	snprintf(line, sizeof line, "Bookings %s: %zu", caltime_format_date(bk.date, date),
	    bk.list.n);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	{
		static const char *const head[] = { "time", "space", "code", "name", "status" };
		static const int widths[] = { 11, 6, 6, 28, 12 };
		ui_put_cells(3, 2, head, widths, 5);
	}
	ui_list_draw(ui, &bk.list, 4, LINES - 9);
	if (bk.confirm) {
		char q[HD_TEXT + 128];
		snprintf(q, sizeof q, "Cancel %s? y: yes, any other key: no", bk.cancel_what);
		ui_attr(ui, UI_PAIR_NORMAL, true);
		ui_put(LINES - 4, 1, q, COLS - 2);
		ui_attr_off(ui);
	}
}

static int
bk_input(struct ui *ui, wint_t ch, bool is_key)
{
	if (bk.confirm) {
		bk.confirm = false;
		if (!is_key && (ch == 'y' || ch == 'Y')) {
			char *err = NULL;
			if (booking_cancel(ui->hd, bk.cancel_uuid, NULL, NULL, &err) == HD_OK)
				ui_say(ui, false, "Cancelled %s.", bk.cancel_what);
			else
				ui_say(ui, true, "%s", err != NULL ? err : "could not cancel");
			free(err);
			return UI_REDRAW | UI_RELOAD;
		}
		return UI_REDRAW;
	}
	if (ui_list_key(&bk.list, ch, is_key))
		return UI_REDRAW;
	if (is_key && ch == KEY_MOUSE) {
		MEVENT ev = ui->mouse;
		return ui_list_click(&bk.list, ev.y) ? UI_REDRAW : UI_NOTHING;
	}
	return -1;
}

static int
key_cancel(struct ui *ui)
{
	(void)ui;
	const struct booking *b;
	char a[6], e[6];

	if (bk.list.n == 0)
		return UI_NOTHING;
	b = &bk.b[bk.list.sel];
	snprintf(bk.cancel_uuid, sizeof bk.cancel_uuid, "%s", b->uuid);
	snprintf(bk.cancel_what, sizeof bk.cancel_what, "%s %s\xe2\x80\x93%s of %s", b->space_code,
	    caltime_format_time(b->starts_at, a), caltime_format_end(b->starts_at, b->ends_at, e),
	    b->member_name);
	bk.confirm = true;
	return UI_REDRAW;
}

static int
shift(struct ui *ui, int days)
{
	(void)ui;
	bk.date = caltime_add_days(bk.date, days);
	bk.list.sel = bk.list.top = 0;
	return UI_REDRAW | UI_RELOAD;
}

static int key_prev(struct ui *ui) { return shift(ui, -1); }
static int key_next(struct ui *ui) { return shift(ui, 1); }

static void
forget(struct ui *ui)
{
	(void)ui;
	free(bk.b);
	bk.b = NULL;
	bk.list.n = 0;
}

static int
key_back(struct ui *ui)
{
	forget(ui);
	return ui_back(ui);
}

static const struct ui_key bk_keys[] = {
	{ KEY_F(1), "F1", "Help", "Show every key of this screen", ui_key_help },
	{ 'x', "x", "Cancel", "Cancel the highlighted booking (asks first)", key_cancel },
	{ '[', "[", "Day-", "The day before", key_prev },
	{ ']', "]", "Day+", "The day after", key_next },
	{ 27, "Esc", "Back", "Back to the staff menu", key_back },
	{ 'q', "q", NULL, "Back to the staff menu", key_back },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_staff_bookings = {
	.name = "bookings",
	.title = "Staff · bookings",
	.enter = bk_enter,
	.reload = bk_reload,
	.draw = bk_draw,
	.input = bk_input,
	.keys = bk_keys,
	.reset = forget,
};
