/* Staff: the bookings of any day, with cancelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "ui-internal.h"

static int bk_form_save(struct ui *ui);
static int bk_override(struct ui *ui);
static int bk_cancel(struct ui *ui);

static struct {
	struct local_date date;
	struct booking *b;
	struct ui_list list;
	struct ui_yesno question; /* cancel, or set the limits aside */
	char cancel_uuid[UUID_TEXT]; /* what the question is about */
	char cancel_what[HD_TEXT + 64];
	struct ui_form form;   /* a new booking made by staff */
	struct booking_request req;
	char req_member[16], req_space[32];
	char refusal[HD_TEXT * 2];
} bk = { .form.save = bk_form_save };

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
	bk.question.open = false;
	bk.form.open = false;
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
	ui_form_draw(ui, &bk.form, LINES - 9);
	if (bk.question.open && bk.question.yes == bk_override) {
		char q[HD_TEXT * 2 + 96];
		snprintf(q, sizeof q, "Refused: %s Set the hub's limits aside for this one booking? "
		    "y: yes", bk.refusal);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
	if (bk.question.open && bk.question.yes == bk_cancel) {
		char q[HD_TEXT + 128];
		snprintf(q, sizeof q, "Cancel %s? y: yes, any other key: no", bk.cancel_what);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
}

/* Books bk.req; a refusal is offered for override (limits only: the
 * domain still refuses a taken slot or a closed day with override). */
static int
bk_book_now(struct ui *ui)
{
	struct booking b;
	char *err = NULL, a[6], e[6];

	if (booking_create(ui->hd, &bk.req, &b, &err) == HD_OK) {
		ui_say(ui, false, "Booked %s %s\xe2\x80\x93%s for %s%s.", b.space_code,
		    caltime_format_time(b.starts_at, a), caltime_format_end(b.starts_at, b.ends_at, e),
		    b.member_name, b.overridden[0] ? " (rules set aside)" : "");
	} else if (!bk.req.override) {
		ui_sentence(err != NULL ? err : "refused", bk.refusal, sizeof bk.refusal);
		ui_ask(&bk.question, bk_override);
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : "refused");
	}
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
bk_form_save(struct ui *ui)
{
	char from[16], to[16];

	ui_form_value(&bk.form, 0, bk.req_member, sizeof bk.req_member);
	ui_form_value(&bk.form, 1, bk.req_space, sizeof bk.req_space);
	ui_form_value(&bk.form, 2, from, sizeof from);
	ui_form_value(&bk.form, 3, to, sizeof to);
	bk.form.open = false;
	memset(&bk.req, 0, sizeof bk.req);
	bk.req.member_code = bk.req_member;
	bk.req.space_code = bk.req_space;
	bk.req.date = bk.date;
	bk.req.from_min = bk.req.to_min = -1;
	if ((from[0] || to[0]) && (caltime_parse_hhmm(from, &bk.req.from_min) != 0 ||
	    caltime_parse_hhmm(to, &bk.req.to_min) != 0)) {
		ui_outcome(ui, true, "write the times as HH:MM, or leave both empty for the whole day");
		return UI_REDRAW;
	}
	return bk_book_now(ui);
}

static int
bk_override(struct ui *ui)
{
	bk.req.override = true;
	return bk_book_now(ui);
}

static int
bk_cancel(struct ui *ui)
{
	char *err = NULL;

	if (booking_cancel(ui->hd, bk.cancel_uuid, NULL, NULL, &err) == HD_OK)
		ui_outcome(ui, false, "Cancelled %s.", bk.cancel_what);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : "could not cancel");
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
bk_key_cancel(struct ui *ui)
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
	ui_ask(&bk.question, bk_cancel);
	return UI_REDRAW;
}

static int
bk_key_new(struct ui *ui)
{
	static const char *const labels[] = { "Member code", "Space", "From HH:MM", "To HH:MM" };

	(void)ui;
	ui_form_open(&bk.form, "New booking on this day (empty times: the whole day)", 4, labels,
	    NULL);
	return UI_REDRAW;
}

static int bk_key_prev(struct ui *ui) { (void)ui; return ui_list_shift_day(&bk.list, &bk.date, -1); }
static int bk_key_next(struct ui *ui) { (void)ui; return ui_list_shift_day(&bk.list, &bk.date, 1); }

static void
bk_forget(struct ui *ui)
{
	(void)ui;
	free(bk.b);
	bk.b = NULL;
	bk.list.n = 0;
}


static const struct ui_key bk_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ 'x', "x", "Cancel", "Cancel the highlighted booking (asks first)", bk_key_cancel },
	{ 'n', "n", "New", "Book for a member on this day; a refusal by the hub's limits can be "
	  "overridden after a question, and the override is recorded", bk_key_new },
	{ '[', "[", "Day-", "The day before", bk_key_prev },
	{ ']', "]", "Day+", "The day after", bk_key_next },
	{ 27, "Esc", "Back", "Back to the staff menu", ui_back },
	{ 'q', "q", NULL, "Back to the staff menu", ui_back },
	UI_KEY_END,
};

static const struct ui_key bk_override_keys[] = {
	{ UI_KEYS_YES, "y", "Yes", "Book it with the hub's limits set aside; the override is "
	  "recorded", ui_yesno_yes },
	UI_KEY_NO("Any other key: do not book"),
	UI_KEY_END,
};

static const struct ui_key bk_cancel_keys[] = {
	{ UI_KEYS_YES, "y", "Yes", "Cancel the booking", ui_yesno_yes },
	UI_KEY_NO("Any other key: keep it"),
	UI_KEY_END,
};

static int
bk_mode(struct ui *ui)
{
	(void)ui;
	if (bk.form.open)
		return 1;
	if (bk.question.open)
		return bk.question.yes == bk_override ? 2 : 3;
	return 0;
}

const struct ui_screen ui_staff_bookings = {
	.name = "bookings",
	.title = "Staff · bookings",
	.enter = bk_enter,
	.reload = bk_reload,
	.draw = bk_draw,
	.modes = UI_MODES(bk_keys, ui_form_keys, bk_override_keys, bk_cancel_keys),
	.mode = bk_mode,
	.reset = bk_forget,
	.form = &bk.form,
	.list = &bk.list,
	.yesno = &bk.question,
};
