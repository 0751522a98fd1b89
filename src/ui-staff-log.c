/* Staff: the visitor log of a day, with sign-outs and corrections: a
 * forgotten check-out (sign out at a time typed in), a visit's times
 * changed, a visit entered by mistake removed, a forgotten one added (the
 * rules are visit-edit.c's). Staff see names here; the public screens
 * never do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/visit.h"
#include "ui-internal.h"

/* The form open: a check-out time, a visit's times, or a visit added. */
enum log_form { LOG_FORM_WHEN, LOG_FORM_EDIT, LOG_FORM_ADD };

static int log_form_save(struct ui *ui);

static struct {
	struct local_date date;
	struct visit *v;
	struct ui_list list;
	struct visit target;   /* the visit the form or question is about */
	struct ui_form form;
	enum log_form form_is;
	struct ui_yesno remove; /* "Remove …? y/n" */
	char refusal[HD_TEXT * 2]; /* why the last correction was refused */
	unsigned long refusal_key; /* shown until the key after this one */
} lg = { .form.save = log_form_save };

/* The columns; a time with its "*" and "in" fit 7 in every language. */
static const int log_widths[] = { 5, 7, 6, 5, 27, 30 };

static void
log_item(struct ui *ui, size_t i, int row)
{
	const struct visit *v = &lg.v[i];
	char a[16], b[32], where[HD_TEXT + 32];
	const char *cells[] = { a, b, v->is_guest ? C_("visit", "guest") : C_("visit", "member"),
		v->is_guest ? "" : v->member_code, v->name, where };

	(void)ui;
	ui_staff_time(v->in_at, a, sizeof a);
	if (v->out_at != 0)
		snprintf(b, sizeof b, "%s%s", ui_staff_time(v->out_at, where, sizeof where),
		    v->auto_closed ? "*" : "");
	else
		snprintf(b, sizeof b, "%s", C_("visit", "in"));
	if (v->is_guest)
		snprintf(where, sizeof where, _("host %s"), v->host_name);
	else
		snprintf(where, sizeof where, "%s", v->space_code);
	ui_put_cells(row, 2, cells, log_widths, 6);
}

static void
log_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &lg.date, &minute);
	lg.list.sel = lg.list.top = 0;
	lg.list.draw_item = log_item;
	lg.list.empty = _("Nobody signed in on this day.");
	lg.form.open = false;
	lg.remove.open = false;
	lg.refusal[0] = '\0';
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
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the visitor log"));
	free(err);
}

static void
log_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "in"), NC_("staff list", "out"),
		NC_("staff list", "kind"), NC_("staff list", "code"), NC_("staff list", "name"),
		NC_("staff list", "space / host") };
	char line[256], date[I18N_DATE_MAX];
	const char *note = _("* closed at closing time");
	size_t in = 0, closed = 0;
	int w;

	for (size_t i = 0; i < lg.list.n; i++) {
		in += lg.v[i].out_at == 0;
		closed += lg.v[i].auto_closed;
	}
	snprintf(line, sizeof line, ngettext("Visitor log %s: %zu visit, %zu in now",
	    "Visitor log %s: %zu visits, %zu in now", lg.list.n),
	    ui_staff_date(lg.date, date, sizeof date), lg.list.n, in);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	w = ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	/* What the "*" means, where it shows and there is room for it. */
	if (closed > 0 && 1 + w + 3 + ui_width(note) < COLS)
		ui_put(2, COLS - 1 - ui_width(note), note, ui_width(note));
	ui_staff_heads(3, 2, head, log_widths, 6);
	ui_list_draw(ui, &lg.list, 4, LINES - 9);
	if (lg.form_is != LOG_FORM_WHEN)
		ui_form_draw(ui, &lg.form, LINES - 9);
	if (lg.remove.open) {
		char q[HD_TEXT + 256], a[16], span[64];
		if (lg.target.out_at != 0)
			ui_staff_span(lg.target.in_at, lg.target.out_at, span, sizeof span);
		else
			snprintf(span, sizeof span, _("in since %s"),
			    ui_staff_time(lg.target.in_at, a, sizeof a));
		snprintf(q, sizeof q, _("Remove the visit of %s, %s, entered by mistake? y: yes, any "
		    "other key: no"), lg.target.name, span);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
	if (lg.refusal[0] != '\0' && lg.refusal_key == ui->nkeys) {
		char said[sizeof lg.refusal + 64];
		snprintf(said, sizeof said, _("Refused: %s"), lg.refusal);
		ui_question(ui, UI_PAIR_ERROR, said);
	}
	if (lg.form.open && lg.form_is == LOG_FORM_WHEN) {
		char who[HD_TEXT + 64];
		snprintf(who, sizeof who, _("Sign out %s at"), lg.target.name);
		int n = ui_wrap(who, COLS - 2, NULL, 0) > 1 ? 2 : 1;
		ui_put_wrapped(LINES - 4 - n, 1, COLS - 2, n, false, who);
		/* TRANSLATORS: 24 columns at most. */
		ui_put(LINES - 4, 1, _("Check-out time (HH:MM):"), 24);
		ui_field_draw(ui, &lg.form.field[0], LINES - 4, 26, 7, true);
		ui_put(LINES - 4, 35, _("Enter: sign out then  Esc: cancel"), COLS - 36);
	}
}

/* Signs visit v (a copy: the list may reload meanwhile) out at `at`. */
static int
log_sign_out(struct ui *ui, const struct visit *v, time_t at)
{
	char *err = NULL, hh[16];
	enum hd_status rc;

	if (v->out_at != 0 && !(v->auto_closed && !v->is_guest)) {
		ui_outcome(ui, true, _("%s signed out already at %s."), v->name,
		    ui_staff_time(v->out_at, hh, sizeof hh));
		return UI_REDRAW;
	}
	rc = v->is_guest ? visit_guest_out(ui->hd, v->uuid, at, NULL, &err)
	                 : visit_checkout(ui->hd, v->member_code, at, NULL, &err);
	if (rc == HD_OK)
		ui_outcome(ui, false, _("%s signed out at %s."), v->name,
		    ui_staff_time(at, hh, sizeof hh));
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not sign out"));
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
log_take_time(struct ui *ui)
{
	char text[16];
	int minute;
	time_t at;

	ui_form_value(&lg.form, 0, text, sizeof text);
	if (caltime_parse_hhmm(text, &minute) != 0 || minute == 24 * 60 ||
	    caltime_to_utc(lg.date, minute, &at) != 0) {
		ui_outcome(ui, true, _("'%s' is not a time of that day; write HH:MM"), text);
		return UI_REDRAW;
	}
	return log_sign_out(ui, &lg.target, at);
}

/* Shows the outcome of a correction: done (a sentence of one %s, what was
 * done to), or the refusal in full. */
static int
log_outcome(struct ui *ui, enum hd_status rc, char *err, const char *done, const char *what)
{
	if (rc == HD_OK) {
		ui_say(ui, false, done, what);
	} else {
		ui_sentence(err != NULL ? err : _("refused"), lg.refusal, sizeof lg.refusal);
		lg.refusal_key = ui->nkeys;
	}
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

/* A time typed in a form: HH:MM on the log's day (24:00 ends the day when
 * end_ok) or "YYYY-MM-DD HH:MM"; empty is 0. False when it is neither. */
static bool
log_time(const struct ui_form *f, int i, bool end_ok, time_t *at)
{
	char text[32];
	struct local_date d;
	int minute;

	ui_form_value(f, i, text, sizeof text);
	*at = 0;
	if (text[0] == '\0')
		return true;
	if (caltime_parse_datetime(text, &d, &minute) == 0)
		return caltime_to_utc(d, minute, at) == 0;
	if (caltime_parse_hhmm(text, &minute) != 0 || (minute == 24 * 60 && !end_ok))
		return false;
	return caltime_to_utc(lg.date, minute, at) == 0;
}

static int
log_save_edit(struct ui *ui)
{
	time_t in_at, out_at;
	struct visit v;
	char *err = NULL, what[HD_TEXT + 96] = "", a[64];
	enum hd_status rc;

	if (!log_time(&lg.form, 0, false, &in_at) || in_at == 0 ||
	    !log_time(&lg.form, 1, true, &out_at)) {
		ui_outcome(ui, true, "%s", _("write the times as HH:MM (check-out empty: still in)"));
		return UI_REDRAW;
	}
	/* Only what was changed is sent: an untouched check-out closed at
	 * closing time stays marked so. */
	if (in_at == lg.target.in_at)
		in_at = 0;
	if (out_at == lg.target.out_at)
		out_at = 0;
	if (in_at == 0 && out_at == 0) {
		ui_say(ui, false, "%s", _("Nothing changed."));
		return UI_REDRAW;
	}
	rc = visit_edit(ui->hd, lg.target.uuid, in_at, out_at, &v, &err);
	if (rc == HD_OK && v.out_at != 0)
		snprintf(what, sizeof what, "%s: %s", v.name,
		    ui_staff_span(v.in_at, v.out_at, a, sizeof a));
	else if (rc == HD_OK)
		snprintf(what, sizeof what, _("%s: in since %s"), v.name,
		    ui_staff_time(v.in_at, a, sizeof a));
	return log_outcome(ui, rc, err, _("Changed the visit of %s."), what);
}

static int
log_save_add(struct ui *ui)
{
	char code[32], space[32], *err = NULL, what[HD_TEXT + 128] = "", a[64];
	struct visit_new n = { 0 };
	struct visit v;
	enum hd_status rc;

	ui_form_value(&lg.form, 0, code, sizeof code);
	ui_form_value(&lg.form, 3, space, sizeof space);
	if (!log_time(&lg.form, 1, false, &n.in_at) || n.in_at == 0 ||
	    !log_time(&lg.form, 2, true, &n.out_at) || n.out_at == 0) {
		ui_outcome(ui, true, "%s", _("write both times as HH:MM"));
		return UI_REDRAW;
	}
	n.member_code = code;
	n.space_code = space;
	rc = visit_add(ui->hd, &n, &v, &err);
	if (rc == HD_OK) {
		ui_staff_span(v.in_at, v.out_at, a, sizeof a);
		if (v.space_code[0])
			snprintf(what, sizeof what, _("%s: %s at %s"), v.name, a, v.space_code);
		else
			snprintf(what, sizeof what, "%s: %s", v.name, a);
	}
	return log_outcome(ui, rc, err, _("Added the visit of %s."), what);
}

static int
log_remove(struct ui *ui)
{
	char *err = NULL;

	return log_outcome(ui, visit_remove(ui->hd, lg.target.uuid, NULL, &err), err,
	    _("Removed the visit of %s."), lg.target.name);
}

static int
log_form_save(struct ui *ui)
{
	lg.form.open = false;
	switch (lg.form_is) {
	case LOG_FORM_WHEN:
		return log_take_time(ui);
	case LOG_FORM_EDIT:
		return log_save_edit(ui);
	default:
		return log_save_add(ui);
	}
}

static int
log_key_out_now(struct ui *ui)
{
	return lg.list.n > 0 ? log_sign_out(ui, &lg.v[lg.list.sel], ui->hd->now) : UI_NOTHING;
}

static int
log_key_out_at(struct ui *ui)
{
	const char *labels[] = { _("Check-out time") };

	(void)ui;
	if (lg.list.n == 0)
		return UI_NOTHING;
	ui_form_open(&lg.form, _("Check-out time (HH:MM)"), 1, labels, NULL);
	lg.form.field[0].max = 5;
	lg.form_is = LOG_FORM_WHEN;
	lg.target = lg.v[lg.list.sel];
	return UI_REDRAW;
}

static int
log_key_edit(struct ui *ui)
{
	const char *labels[] = { _("Check-in"), _("Check-out") };
	static char title[HD_TEXT + 160];
	char in[6], out[6] = "";
	const char *values[] = { in, out };

	(void)ui;
	if (lg.list.n == 0)
		return UI_NOTHING;
	lg.target = lg.v[lg.list.sel];
	caltime_format_time(lg.target.in_at, in);
	if (lg.target.out_at != 0)
		caltime_format_end(lg.target.in_at, lg.target.out_at, out);
	snprintf(title, sizeof title, _("Change the visit of %s (HH:MM; check-out empty: still in)"),
	    lg.target.name);
	ui_form_open(&lg.form, title, 2, labels, values);
	lg.form_is = LOG_FORM_EDIT;
	return UI_REDRAW;
}

static int
log_key_remove(struct ui *ui)
{
	(void)ui;
	if (lg.list.n == 0)
		return UI_NOTHING;
	lg.target = lg.v[lg.list.sel];
	ui_ask(&lg.remove, log_remove);
	return UI_REDRAW;
}

static int
log_key_add(struct ui *ui)
{
	const char *labels[] = { _("Member code"), _("Check-in"), _("Check-out"),
		_("Space (if any)") };
	static char title[192];
	char date[I18N_DATE_MAX];

	(void)ui;
	snprintf(title, sizeof title, _("Add a forgotten visit on %s (times as HH:MM)"),
	    ui_staff_date(lg.date, date, sizeof date));
	ui_form_open(&lg.form, title, 4, labels, NULL);
	lg.form_is = LOG_FORM_ADD;
	return UI_REDRAW;
}

static int log_key_prev(struct ui *ui) { (void)ui; return ui_list_shift_day(&lg.list, &lg.date, -1); }
static int log_key_next(struct ui *ui) { (void)ui; return ui_list_shift_day(&lg.list, &lg.date, 1); }

static void
log_forget(struct ui *ui)
{
	(void)ui;
	free(lg.v);
	lg.v = NULL;
	lg.list.n = 0;
	lg.remove.open = lg.form.open = false;
	lg.refusal[0] = '\0';
	memset(&lg.target, 0, sizeof lg.target);
	for (int i = 0; i < UI_FORM_MAX; i++)
		ui_field_clear(&lg.form.field[i]);
}

static const struct ui_key log_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ 'o', "o", N_("SignOut"), N_("Sign the highlighted visit out now"), log_key_out_now },
	{ 't', "t", N_("OutAt"), N_("Sign the highlighted visit out at a time you type (a "
	  "forgotten check-out)"), log_key_out_at },
	{ 'e', "e", N_("Edit"), N_("Change the highlighted visit's check-in and check-out times"),
	  log_key_edit },
	{ 'x', "x", N_("Remove"), N_("Remove the highlighted visit, entered by mistake (asks "
	  "first)"), log_key_remove },
	{ 'a', "a", N_("Add"), N_("Add a forgotten visit on this day: member code, times, space "
	  "if any"), log_key_add },
	{ '[', "[", N_("Day-"), N_("The day before"), log_key_prev },
	{ ']', "]", N_("Day+"), N_("The day after"), log_key_next },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

static const struct ui_key log_remove_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Remove the visit"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep it")),
	UI_KEY_END,
};

static int
log_mode(struct ui *ui)
{
	(void)ui;
	return lg.form.open ? 1 : lg.remove.open ? 2 : 0;
}

const struct ui_screen ui_staff_log = {
	.name = N_("visitor log"),
	.title = N_("Staff · visitor log"),
	.enter = log_enter,
	.reload = log_reload,
	.draw = log_draw,
	.modes = UI_MODES(log_keys, ui_form_keys, log_remove_keys),
	.mode = log_mode,
	.reset = log_forget,
	.form = &lg.form,
	.list = &lg.list,
	.yesno = &lg.remove,
};
