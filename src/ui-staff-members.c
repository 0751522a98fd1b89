/* Staff: the members, with adding (the new kiosk code is shown once, to
 * hand to the member), editing, retiring and (the administrator) erasing. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/i18n.h"
#include "hubdesk/ics.h"
#include "hubdesk/member-leave.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "hubdesk/outfile.h"
#include "hubdesk/remote.h"
#include "ui-internal.h"

enum { ADD, EDIT, CALENDAR, KEY };

static int mb_save(struct ui *ui);

static struct {
	struct member *m;
	struct ui_list list;
	struct ui_form form;
	int mode;
	char editing[MEMBER_CODE_LEN + 1]; /* the member the edit form or question is for */
	struct ui_yesno leave;             /* "Retire …?" or "Erase …?" */
	bool erase;                        /* which of the two it asks */
} mb = { .form.save = mb_save };

/* At 80 columns the organisation keeps 12, its head's length in fi and sv. */
static const int mb_widths[] = { 6, 24, 16, 16, 40 };

/* A member's municipality in the screen's language, "" when unknown. */
static const char *
mb_municipality(const struct member *m)
{
	if (m->municipality_number == MUNICIPALITY_UNKNOWN)
		return "";
	return municipality_name(m->municipality_number, i18n_current());
}

static void
mb_item(struct ui *ui, size_t i, int row)
{
	const struct member *m = &mb.m[i];
	const char *cells[] = { m->code, m->name, mb_municipality(m), m->category, m->organisation };

	(void)ui;
	ui_put_cells(row, 2, cells, mb_widths, 5);
}

static void
mb_enter(struct ui *ui)
{
	(void)ui;
	mb.list.sel = mb.list.top = 0;
	mb.list.draw_item = mb_item;
	mb.list.empty = _("No members yet: a adds one.");
	mb.form.open = false;
	mb.leave.open = false;
}

static void
mb_reload(struct ui *ui)
{
	char *err = NULL;

	free(mb.m);
	mb.m = NULL;
	mb.list.n = 0;
	if (member_list(ui->hd, false, &mb.m, &mb.list.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the members"));
	free(err);
}

static void
mb_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "code"), NC_("staff list", "name"),
		NC_("staff list", "municipality"), NC_("staff list", "category"),
		NC_("staff list", "organisation") };
	char line[128];

	snprintf(line, sizeof line, _("Members: %zu"), mb.list.n);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, mb_widths, 5);
	ui_list_draw(ui, &mb.list, 4, LINES - 9);
	ui_form_draw(ui, &mb.form, LINES - 11);
	if (mb.leave.open) {
		char q[320];
		snprintf(q, sizeof q, mb.erase ? _("Erase %s? Name, email, code and organisation go "
		    "for good. y: yes") : _("Retire %s? The code stops working; bookings to come are "
		    "cancelled. y: yes"), mb.editing);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
}

/* Writes the bookings to come of mb.editing to path (~/ is the home
 * folder) as iCalendar, whole or not at all (outfile.c). Only a name
 * ending in .ics is taken, so that no typing slip overwrites the hub's
 * database or another document. */
static int
mb_calendar_write(struct ui *ui, const char *typed)
{
	struct booking_filter fl = { 0 };
	struct booking *v = NULL;
	struct outfile o;
	struct local_date today;
	const char *home = getenv("HOME");
	char path[PATH_MAX], *err = NULL;
	size_t n = 0, len = strlen(typed);
	int minute;
	enum hd_status rc;

	if (len < 5 || strcmp(typed + len - 4, ".ics") != 0) {
		ui_outcome(ui, true, _("A calendar file's name ends in .ics."));
		return UI_REDRAW;
	}
	if ((strncmp(typed, "~/", 2) == 0 && home != NULL ?
	    snprintf(path, sizeof path, "%s/%s", home, typed + 2) :
	    snprintf(path, sizeof path, "%s", typed)) >= (int)sizeof path) {
		ui_outcome(ui, true, _("That name is too long for a file."));
		return UI_REDRAW;
	}
	caltime_from_utc(ui->hd->now, &today, &minute);
	fl.from = caltime_to_utc_next(today, 0);
	fl.to = CALTIME_END_OF_TIME;
	fl.member_code = mb.editing;
	rc = booking_list(ui->hd, &fl, &v, &n, &err);
	if (rc == HD_OK && (rc = outfile_open(&o, path, NULL, false, &err)) == HD_OK) {
		if (ics_write(o.f, &ui->hd->hub, v, n, ui->hd->now) != 0) {
			outfile_abort(&o);
			rc = HD_STORE;
		} else {
			rc = outfile_commit(&o, &err);
		}
	}
	if (rc == HD_OK) {
		ui_outcome(ui, false, ngettext("Wrote %zu booking of %s to %s.",
		    "Wrote %zu bookings of %s to %s.", n), n, mb.editing, path);
		mb.form.open = false;
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not write the calendar"));
	}
	free(err);
	free(v);
	return UI_REDRAW;
}

/* Gives mb.editing the SSH key pasted (the line of their .pub file). */
static int
mb_key_save(struct ui *ui, const char *line)
{
	struct remote_key k;
	char *err = NULL;

	if (remote_key_add(ui->hd, REMOTE_MEMBER, mb.editing, line, &k, &err) == HD_OK) {
		ui_outcome(ui, false, _("Added the SSH key %s to %s: they can book from home now "
		    "(docs/remote.md says how)."), k.fingerprint, mb.editing);
		mb.form.open = false;
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not add the key"));
	}
	free(err);
	return UI_REDRAW;
}

static int
mb_save(struct ui *ui)
{
	char v[5][UI_FIELD_MAX * 4 + 1], *err = NULL;
	struct member_new n;
	struct member out;
	enum hd_status rc;

	for (int i = 0; i < 5; i++)
		ui_form_value(&mb.form, i, v[i], sizeof v[i]);
	if (mb.mode == CALENDAR)
		return mb_calendar_write(ui, v[0]);
	if (mb.mode == KEY)
		return mb_key_save(ui, v[0]);
	n.name = v[0];
	n.email = v[1];
	n.municipality = v[2];
	n.organisation = v[3];
	n.category = v[4][0] ? v[4] : "other";
	if (mb.mode == ADD)
		rc = member_add(ui->hd, &n, &out, &err);
	else
		rc = member_update(ui->hd, mb.editing, &n, &out, &err);
	if (rc == HD_OK && mb.mode == ADD)
		ui_say(ui, false, _("Added %s: the kiosk code is %s."), out.name, out.code);
	else if (rc == HD_OK)
		ui_outcome(ui, false, _("Saved %s."), out.name);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not save"));
	if (rc == HD_OK)
		mb.form.open = false;
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static const char *const labels[] = { N_("Name"), N_("Email"), N_("Municipality"),
	N_("Organisation"), N_("Category") };

/* Opens the form with the labels in the language of the moment. */
static void
mb_form_open(const char *title, const char *const *values)
{
	const char *shown[5];

	for (int i = 0; i < 5; i++)
		shown[i] = _(labels[i]);
	ui_form_open(&mb.form, title, 5, shown, values);
}

static int
mb_key_add(struct ui *ui)
{
	static const char *const values[] = { "", "", "", "", "other" };

	mb.mode = ADD;
	mb_form_open(_("New member (category: remote-employee, entrepreneur, student, other)"),
	    values);
	mb.form.field[0].max = HD_NAME_CHARS;
	(void)ui;
	return UI_REDRAW;
}

static int
mb_key_edit(struct ui *ui)
{
	const struct member *m;
	const char *values[5];

	(void)ui;
	if (mb.list.n == 0)
		return UI_NOTHING;
	m = &mb.m[mb.list.sel];
	values[0] = m->name;
	values[1] = m->email;
	values[2] = mb_municipality(m);
	values[3] = m->organisation;
	values[4] = m->category;
	mb.mode = EDIT;
	snprintf(mb.editing, sizeof mb.editing, "%s", m->code);
	mb_form_open(_("Edit the highlighted member"), values);
	return UI_REDRAW;
}

/* Asks where to write the highlighted member's calendar: ~/CODE.ics,
 * or CODE.ics in the current folder when there is no home. */
static int
mb_key_calendar(struct ui *ui)
{
	const char *label[1] = { C_("calendar file", "File") }, *value[1];
	char path[64];

	if (mb.list.n == 0)
		return UI_NOTHING;
	/* From afar the file would land on the hub's own machine. */
	if (ui->opt.session != UI_SESSION_NONE) {
		ui_outcome(ui, true, "%s", _("From afar a calendar file would be written on the hub's "
		    "machine, not yours. Members fetch their own over SSH: bookings --format ics"));
		return UI_REDRAW;
	}
	snprintf(mb.editing, sizeof mb.editing, "%s", mb.m[mb.list.sel].code);
	snprintf(path, sizeof path, "%s%s.ics", getenv("HOME") != NULL ? "~/" : "", mb.editing);
	value[0] = path;
	mb.mode = CALENDAR;
	ui_form_open(&mb.form, _("The member's bookings to come, as a calendar (iCalendar)"), 1,
	    label, value);
	return UI_REDRAW;
}

/* Asks for the highlighted member's SSH key, pasted whole. */
static int
mb_key_sshkey(struct ui *ui)
{
	const char *label[1] = { C_("ssh key", "Key") };

	(void)ui;
	if (mb.list.n == 0)
		return UI_NOTHING;
	snprintf(mb.editing, sizeof mb.editing, "%s", mb.m[mb.list.sel].code);
	mb.mode = KEY;
	ui_form_open(&mb.form, _("Paste the member's SSH public key: the line of their .pub "
	    "file, e.g. ssh-ed25519 AAAA… name@laptop"), 1, label, NULL);
	mb.form.field[0].max = UI_FIELD_MAX;
	return UI_REDRAW;
}

/* Retires or erases mb.editing; says how many bookings it cancelled. */
static int
mb_leave(struct ui *ui)
{
	struct booking_affected *a = NULL;
	struct member m;
	size_t n = 0, cancelled = 0;
	char *err = NULL;
	enum hd_status rc;

	rc = (mb.erase ? member_erase : member_retire)(ui->hd, mb.editing, &m, &a, &n, &err);
	memset(&m, 0, sizeof m);
	if (rc != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not change the member"));
		free(err);
		return UI_REDRAW | UI_RELOAD;
	}
	for (size_t i = 0; i < n; i++)
		cancelled += a[i].fate == BOOKING_CANCELLED;
	free(a);
	ui_outcome(ui, false, mb.erase ? ngettext("Erased %s: %zu booking cancelled.",
	    "Erased %s: %zu bookings cancelled.", cancelled) : ngettext("Retired %s: %zu booking "
	    "cancelled.", "Retired %s: %zu bookings cancelled.", cancelled), mb.editing, cancelled);
	return UI_REDRAW | UI_RELOAD;
}

static int
mb_ask(struct ui *ui, bool erase)
{
	(void)ui;
	if (mb.list.n == 0)
		return UI_NOTHING;
	snprintf(mb.editing, sizeof mb.editing, "%s", mb.m[mb.list.sel].code);
	mb.erase = erase;
	ui_ask(&mb.leave, mb_leave);
	return UI_REDRAW;
}

static int
mb_key_retire(struct ui *ui)
{
	return mb_ask(ui, false);
}

static int
mb_key_erase(struct ui *ui)
{
	return mb_ask(ui, true);
}

static void
mb_forget(struct ui *ui)
{
	(void)ui;
	free(mb.m);
	mb.m = NULL;
	mb.list.n = 0;
}


static const struct ui_key mb_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ 'a', "a", N_("Add"), N_("Add a member; their new kiosk code is shown"), mb_key_add },
	{ 'e', "e", N_("Edit"), N_("Change the highlighted member"), mb_key_edit },
	{ 'r', "r", N_("Retire"), N_("The highlighted member leaves (asks first): the code stops "
	  "working, bookings to come are cancelled"), mb_key_retire },
	{ 'c', "c", N_("Calendar"), N_("Write the highlighted member's bookings to come to an "
	  "iCalendar file (.ics) for their calendar"), mb_key_calendar },
	/* Off the bar, which is full in Finnish; F1 and docs/remote.md tell it. */
	{ 'k', "k", NULL, N_("Paste an SSH key for the highlighted member, so they can "
	  "book from home over SSH"), mb_key_sshkey },
	{ 'X', "X", N_("Erase"), N_("The administrator erases the highlighted member's name, "
	  "email, code and organisation (asks first)"), mb_key_erase },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

static const struct ui_key mb_leave_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Retire or erase the member"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep them")),
	UI_KEY_END,
};

static int
mb_mode(struct ui *ui)
{
	(void)ui;
	return mb.form.open ? 1 : mb.leave.open ? 2 : 0;
}

const struct ui_screen ui_staff_members = {
	.name = N_("members"),
	.title = N_("Staff · members"),
	.enter = mb_enter,
	.reload = mb_reload,
	.draw = mb_draw,
	.modes = UI_MODES(mb_keys, ui_form_keys, mb_leave_keys),
	.mode = mb_mode,
	.reset = mb_forget,
	.form = &mb.form,
	.list = &mb.list,
	.yesno = &mb.leave,
};
