/* Staff: the visitor log of a day, with sign-outs and the correction of a
 * forgotten check-out (sign out at a time typed in). Staff see names here;
 * the public screens never do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/visit.h"
#include "ui-internal.h"

static struct {
	struct local_date date;
	struct visit *v;
	struct ui_list list;
	bool asking;           /* the check-out time prompt is open */
	struct ui_field when;
	struct visit target;   /* the visit the prompt is about */
} lg;

static void
log_item(struct ui *ui, size_t i, int row)
{
	const struct visit *v = &lg.v[i];
	char a[6], b[8], where[HD_TEXT + 8];
	const char *cells[] = { a, b, v->is_guest ? "guest" : "member",
		v->is_guest ? "" : v->member_code, v->name, where };
	static const int widths[] = { 5, 6, 6, 5, 28, 30 };

	(void)ui;
	caltime_format_time(v->in_at, a);
	if (v->out_at != 0)
		snprintf(b, sizeof b, "%s%s", caltime_format_time(v->out_at, where),
		    v->auto_closed ? "*" : "");
	else
		snprintf(b, sizeof b, "in");
	snprintf(where, sizeof where, "%s%s", v->is_guest ? "host " : "",
	    v->is_guest ? v->host_name : v->space_code);
	ui_put_cells(row, 2, cells, widths, 6);
}

static void
log_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &lg.date, &minute);
	lg.list.sel = lg.list.top = 0;
	lg.list.draw_item = log_item;
	lg.list.empty = "Nobody signed in on this day.";
	lg.asking = false;
}

static void
log_reload(struct ui *ui)
{
	time_t from, to;
	char *err = NULL;

	free(lg.v);
	lg.v = NULL;
	lg.list.n = 0;
	from = caltime_to_utc_next(lg.date, 0);
	to = caltime_to_utc_next(caltime_add_days(lg.date, 1), 0);
	if (visit_list(ui->hd, from, to, &lg.v, &lg.list.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : "cannot read the visitor log");
	free(err);
}

static void
log_draw(struct ui *ui)
{
	char line[64], date[11];
	size_t in = 0;

	for (size_t i = 0; i < lg.list.n; i++)
		in += lg.v[i].out_at == 0;
	snprintf(line, sizeof line, "Visitor log %s: %zu visits, %zu in now",
	    caltime_format_date(lg.date, date), lg.list.n, in);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	{
		static const char *const head[] = { "in", "out", "kind", "code", "name",
			"space / host   (* closed at closing time)" };
		static const int widths[] = { 5, 6, 6, 5, 28, 44 };
		ui_put_cells(3, 2, head, widths, 6);
	}
	ui_list_draw(ui, &lg.list, 4, LINES - 9);
	if (lg.asking) {
		char who[HD_TEXT + 32];
		snprintf(who, sizeof who, "Sign out %s at", lg.target.name);
		ui_put(LINES - 5, 1, who, COLS - 2);
		ui_put(LINES - 4, 1, "Check-out time (HH:MM):", 24);
		ui_field_draw(ui, &lg.when, LINES - 4, 26, 7, true);
		ui_put(LINES - 4, 35, "Enter: sign out then  Esc: cancel", COLS - 36);
	}
}

/* Signs visit v (a copy: the list may reload meanwhile) out at `at`. */
static int
sign_out(struct ui *ui, const struct visit *v, time_t at)
{
	char *err = NULL, hh[6];
	enum hd_status rc;

	if (v->out_at != 0 && !(v->auto_closed && !v->is_guest)) {
		ui_say(ui, true, "%s signed out already at %s.", v->name,
		    caltime_format_time(v->out_at, hh));
		return UI_REDRAW;
	}
	rc = v->is_guest ? visit_guest_out(ui->hd, v->uuid, at, NULL, &err)
	                 : visit_checkout(ui->hd, v->member_code, at, NULL, &err);
	if (rc == HD_OK)
		ui_say(ui, false, "%s signed out at %s.", v->name, caltime_format_time(at, hh));
	else
		ui_say(ui, true, "%s", err != NULL ? err : "could not sign out");
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
take_time(struct ui *ui)
{
	char text[16];
	int minute;
	time_t at;

	ui_field_utf8(&lg.when, text, sizeof text);
	lg.asking = false;
	if (caltime_parse_hhmm(text, &minute) != 0 || minute == 24 * 60 ||
	    caltime_to_utc(lg.date, minute, &at) != 0) {
		ui_say(ui, true, "'%s' is not a time of that day; write HH:MM", text);
		return UI_REDRAW;
	}
	return sign_out(ui, &lg.target, at);
}

static int
log_input(struct ui *ui, wint_t ch, bool is_key)
{
	if (lg.asking) {
		if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == '\r' || ch == '\n')))
			return take_time(ui);
		if (!is_key && ch == 27) {
			lg.asking = false;
			return UI_REDRAW;
		}
		ui_field_key(&lg.when, ch, is_key);
		return UI_REDRAW;
	}
	if (ui_list_key(&lg.list, ch, is_key))
		return UI_REDRAW;
	if (is_key && ch == KEY_MOUSE) {
		MEVENT ev = ui->mouse;
		return ui_list_click(&lg.list, ev.y) ? UI_REDRAW : UI_NOTHING;
	}
	return -1;
}

static int
key_out_now(struct ui *ui)
{
	return lg.list.n > 0 ? sign_out(ui, &lg.v[lg.list.sel], ui->hd->now) : UI_NOTHING;
}

static int
key_out_at(struct ui *ui)
{
	(void)ui;
	if (lg.list.n == 0)
		return UI_NOTHING;
	ui_field_clear(&lg.when);
	lg.when.max = 5;
	lg.target = lg.v[lg.list.sel];
	lg.asking = true;
	return UI_REDRAW;
}

static int key_prev(struct ui *ui) { (void)ui; return ui_list_shift_day(&lg.list, &lg.date, -1); }
static int key_next(struct ui *ui) { (void)ui; return ui_list_shift_day(&lg.list, &lg.date, 1); }

static void
forget(struct ui *ui)
{
	(void)ui;
	free(lg.v);
	lg.v = NULL;
	lg.list.n = 0;
}


static const struct ui_key log_keys[] = {
	{ KEY_F(1), "F1", "Help", "Show every key of this screen", ui_key_help },
	{ 'o', "o", "SignOut", "Sign the highlighted visit out now", key_out_now },
	{ 't', "t", "OutAt", "Sign the highlighted visit out at a time you type (a forgotten "
	  "check-out)", key_out_at },
	{ '[', "[", "Day-", "The day before", key_prev },
	{ ']', "]", "Day+", "The day after", key_next },
	{ 27, "Esc", "Back", "Back to the staff menu", ui_back },
	{ 'q', "q", NULL, "Back to the staff menu", ui_back },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_staff_log = {
	.name = "visitor log",
	.title = "Staff · visitor log",
	.enter = log_enter,
	.reload = log_reload,
	.draw = log_draw,
	.input = log_input,
	.keys = log_keys,
	.reset = forget,
};
