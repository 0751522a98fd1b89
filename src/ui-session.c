/* A member's remote session (hubdesk session --member, started by SSH):
 * the booking side of the kiosk for that one member. Their bookings to
 * come, each cancellable; the day and week grid and the floor map to book
 * on; the way to their calendar file. No check-in or check-out, no guest
 * log, no staff screens, and no other member's name: the grid and the map
 * show other people's bookings as taken and nothing more. Leaving this
 * screen ends the session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "ui-internal.h"

#define SESSION_DAYS 60 /* how far ahead "your bookings" looks */

static int session_cancel(struct ui *ui);

static struct {
	struct booking *b;
	struct ui_list list;
	struct ui_yesno question;    /* "Cancel …? y/n" */
	char cancel_uuid[UUID_TEXT]; /* what it is about */
	char cancel_what[HD_TEXT];
} ses;

static const int ses_widths[] = { 12, 12, 14, 30 };

static void
session_item(struct ui *ui, size_t i, int row)
{
	const struct booking *b = &ses.b[i];
	struct local_date d;
	char date[I18N_DATE_MAX], span[48], weekday[32];
	const char *cells[] = { weekday, date, span, b->space_code };
	int minute;

	(void)ui;
	caltime_from_utc(b->starts_at, &d, &minute);
	i18n_weekday(weekday, sizeof weekday, caltime_weekday(d));
	ui_staff_date(d, date, sizeof date);
	ui_staff_span(b->starts_at, b->ends_at, span, sizeof span);
	ui_put_cells(row, 2, cells, ses_widths, 4);
}

static void
session_enter(struct ui *ui)
{
	(void)ui;
	ses.list.sel = ses.list.top = 0;
	ses.list.draw_item = session_item;
	ses.question.open = false;
}

static void
session_reload(struct ui *ui)
{
	struct booking_filter f = { 0 };
	struct local_date today;
	char *err = NULL;
	size_t n;
	int minute;

	free(ses.b);
	ses.b = NULL;
	ses.list.n = 0;
	ses.list.empty = _("No bookings to come. Press b to book a desk.");
	caltime_from_utc(ui->hd->now, &today, &minute);
	f.from = ui->hd->now;
	f.to = caltime_to_utc_next(caltime_add_days(today, SESSION_DAYS), 0);
	f.member_code = ui->opt.session_member;
	if (booking_list(ui->hd, &f, &ses.b, &n, &err) != HD_OK) {
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the bookings"));
		free(err);
		return;
	}
	/* Those still to use: booked, or under way. */
	ses.list.n = 0;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(ses.b[i].status, "booked") == 0 || strcmp(ses.b[i].status, "checked-in") == 0)
			ses.b[ses.list.n++] = ses.b[i];
	}
	if (ses.list.sel >= ses.list.n)
		ses.list.sel = ses.list.n > 0 ? ses.list.n - 1 : 0;
}

static void
session_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "day"), NC_("staff list", "date"),
		NC_("staff list", "time"), NC_("staff list", "space") };
	char line[HD_TEXT + 128];

	snprintf(line, sizeof line, _("Hello, %s! Your bookings for the next %d days:"),
	    ui->opt.session_who, SESSION_DAYS);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, ses_widths, 4);
	ui_list_draw(ui, &ses.list, 4, LINES - 10);
	ui_put_wrapped(LINES - 5, 2, COLS - 4, 1, false, _("b: book on the grid (day and week, "
	    "and which desks are free for a span) · m: the floor map · x: cancel the highlighted "
	    "booking · i: your calendar file · q: end the session"));
	if (ses.question.open) {
		char q[HD_TEXT + 128];
		snprintf(q, sizeof q, _("Cancel %s? y: yes, any other key: no"), ses.cancel_what);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
}

static int
session_key_book(struct ui *ui)
{
	ui_grid_open(ui, ui->opt.session_member, ui->opt.session_who);
	return UI_REDRAW | UI_RELOAD;
}

static int
session_key_map(struct ui *ui)
{
	ui_map_open(ui, ui->opt.session_member, ui->opt.session_who);
	return UI_REDRAW | UI_RELOAD;
}

static int
session_cancel(struct ui *ui)
{
	char *err = NULL;

	/* The domain checks once more that the booking is this member's. */
	if (booking_cancel(ui->hd, ses.cancel_uuid, ui->opt.session_member, NULL, &err) == HD_OK)
		ui_outcome(ui, false, _("Cancelled %s."), ses.cancel_what);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not cancel"));
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
session_key_cancel(struct ui *ui)
{
	const struct booking *b;
	struct local_date d;
	char date[I18N_DATE_MAX], span[48];
	int minute;

	(void)ui;
	if (ses.list.n == 0)
		return UI_NOTHING;
	b = &ses.b[ses.list.sel];
	caltime_from_utc(b->starts_at, &d, &minute);
	snprintf(ses.cancel_uuid, sizeof ses.cancel_uuid, "%s", b->uuid);
	snprintf(ses.cancel_what, sizeof ses.cancel_what, "%s %s %s", b->space_code,
	    ui_staff_date(d, date, sizeof date), ui_staff_span(b->starts_at, b->ends_at, span,
	    sizeof span));
	ui_ask(&ses.question, session_cancel);
	return UI_REDRAW;
}

static int
session_key_calendar(struct ui *ui)
{
	(void)ui;
	/* The address and port a member reaches the hub by are theirs to know
	 * (a router may forward them); the command they log in with has them. */
	ui_outcome(ui, false, "%s", _("Your bookings as a calendar file (.ics), for any calendar "
	    "program: on your own computer, add 'bookings --format ics > hubdesk.ics' to the ssh "
	    "command you log in with."));
	return UI_REDRAW;
}

static void
session_forget(struct ui *ui)
{
	(void)ui;
	free(ses.b);
	ses.b = NULL;
	ses.list.n = 0;
	ses.question.open = false;
}

static const struct ui_key session_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	UI_KEY_LIST_ROWS,
	{ 'b', "b", N_("Book"), N_("Book a desk on the day grid (w: the week)"), session_key_book },
	{ '\r', "Enter", NULL, N_("Book a desk, as b"), session_key_book },
	{ 'm', "m", N_("Map"), N_("The floor map: which desks are free now"), session_key_map },
	{ 'x', "x", N_("Unbook"), N_("Cancel the highlighted booking (asks first)"),
	  session_key_cancel },
	{ KEY_DC, "Delete", NULL, N_("Cancel the highlighted booking, as x"), session_key_cancel },
	{ 'i', "i", N_("Calendar"), N_("How to fetch your bookings as a calendar file (.ics)"),
	  session_key_calendar },
	{ KEY_F(5), "F5", "", "", ui_key_language },
	{ 'q', "q", N_("End"), N_("End the session"), ui_back },
	{ 27, "Esc", NULL, N_("End the session, as q"), ui_back },
	UI_KEY_END,
};

static const struct ui_key session_cancel_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Cancel the booking"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep it")),
	UI_KEY_END,
};

static int
session_mode(struct ui *ui)
{
	(void)ui;
	return ses.question.open ? 1 : 0;
}

const struct ui_screen ui_session = {
	.name = N_("session"),
	.title = N_("Your bookings"),
	.enter = session_enter,
	.reload = session_reload,
	.draw = session_draw,
	.modes = UI_MODES(session_keys, session_cancel_keys),
	.mode = session_mode,
	.reset = session_forget,
	.list = &ses.list,
	.yesno = &ses.question,
};
