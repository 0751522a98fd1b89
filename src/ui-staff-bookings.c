/* Staff: the bookings of any day, with cancelling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
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

static const int bk_widths[] = { 11, 6, 6, 28, 12 };

/* A booking's status, a key of the database, in words. */
static const char *
bk_status_text(const char *status)
{
	if (strcmp(status, "booked") == 0)
		return C_("booking status", "booked");
	if (strcmp(status, "checked-in") == 0)
		return C_("booking status", "checked-in");
	if (strcmp(status, "cancelled") == 0)
		return C_("booking status", "cancelled");
	if (strcmp(status, "no-show") == 0)
		return C_("booking status", "no-show");
	return status;
}

static void
bk_item(struct ui *ui, size_t i, int row)
{
	const struct booking *b = &bk.b[i];
	char span[48];
	const char *cells[] = { span, b->space_code, b->member_code, b->member_name,
		bk_status_text(b->status) };

	(void)ui;
	ui_staff_span(b->starts_at, b->ends_at, span, sizeof span);
	ui_put_cells(row, 2, cells, bk_widths, 5);
}

static void
bk_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &bk.date, &minute);
	bk.list.sel = bk.list.top = 0;
	bk.list.draw_item = bk_item;
	bk.list.empty = _("No bookings on this day.");
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
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the bookings"));
	free(err);
}

static void
bk_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "time"),
		NC_("staff list", "space"), NC_("staff list", "code"), NC_("staff list", "name"),
		NC_("staff list", "status") };
	char line[128], date[I18N_DATE_MAX];

	snprintf(line, sizeof line, _("Bookings %s: %zu"), ui_staff_date(bk.date, date, sizeof date),
	    bk.list.n);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, bk_widths, 5);
	ui_list_draw(ui, &bk.list, 4, LINES - 9);
	ui_form_draw(ui, &bk.form, LINES - 9);
	if (bk.question.open && bk.question.yes == bk_override) {
		char q[HD_TEXT * 2 + 256];
		snprintf(q, sizeof q, _("Refused: %s Set the hub's limits aside for this one "
		    "booking? y: yes"), bk.refusal);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
	if (bk.question.open && bk.question.yes == bk_cancel) {
		char q[HD_TEXT + 256];
		snprintf(q, sizeof q, _("Cancel %s? y: yes, any other key: no"), bk.cancel_what);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
}

/* Books bk.req; a refusal is offered for override (limits only: the
 * domain still refuses a taken slot or a closed day with override). */
static int
bk_book_now(struct ui *ui)
{
	struct booking b;
	char *err = NULL, span[48];

	if (booking_create(ui->hd, &bk.req, &b, &err) == HD_OK) {
		ui_staff_span(b.starts_at, b.ends_at, span, sizeof span);
		if (b.overridden[0])
			ui_say(ui, false, _("Booked %s %s for %s (rules set aside)."), b.space_code,
			    span, b.member_name);
		else
			ui_say(ui, false, _("Booked %s %s for %s."), b.space_code, span,
			    b.member_name);
	} else if (!bk.req.override) {
		ui_sentence(err != NULL ? err : _("refused"), bk.refusal, sizeof bk.refusal);
		ui_ask(&bk.question, bk_override);
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("refused"));
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
		ui_outcome(ui, true, "%s", _("write the times as HH:MM, or leave both empty for the "
		    "whole day"));
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
		ui_outcome(ui, false, _("Cancelled %s."), bk.cancel_what);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not cancel"));
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
bk_key_cancel(struct ui *ui)
{
	(void)ui;
	const struct booking *b;
	char span[48];

	if (bk.list.n == 0)
		return UI_NOTHING;
	b = &bk.b[bk.list.sel];
	snprintf(bk.cancel_uuid, sizeof bk.cancel_uuid, "%s", b->uuid);
	snprintf(bk.cancel_what, sizeof bk.cancel_what, _("%s %s of %s"), b->space_code,
	    ui_staff_span(b->starts_at, b->ends_at, span, sizeof span), b->member_name);
	ui_ask(&bk.question, bk_cancel);
	return UI_REDRAW;
}

static int
bk_key_new(struct ui *ui)
{
	const char *labels[] = { _("Member code"), _("Space"), _("From HH:MM"), _("To HH:MM") };

	(void)ui;
	ui_form_open(&bk.form, _("New booking on this day (empty times: the whole day)"), 4,
	    labels, NULL);
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
	{ 'x', "x", N_("Unbook"), N_("Cancel the highlighted booking (asks first)"),
	  bk_key_cancel },
	{ 'n', "n", N_("New"), N_("Book for a member on this day; a refusal by the hub's limits "
	  "can be overridden after a question, and the override is recorded"), bk_key_new },
	{ '[', "[", N_("Day-"), N_("The day before"), bk_key_prev },
	{ ']', "]", N_("Day+"), N_("The day after"), bk_key_next },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

static const struct ui_key bk_override_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Book it with the hub's limits set aside; the override "
	  "is recorded"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: do not book")),
	UI_KEY_END,
};

static const struct ui_key bk_cancel_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Cancel the booking"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep it")),
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
	.name = N_("bookings"),
	.title = N_("Staff · bookings"),
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
