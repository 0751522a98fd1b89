/* Staff: the members, with adding (the new kiosk code is shown once, to
 * hand to the member), editing, retiring and (the administrator) erasing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/member-leave.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "ui-internal.h"

enum { ADD, EDIT };

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
	static const int widths[] = { 6, 28, 16, 16, 40 };

	(void)ui;
	ui_put_cells(row, 2, cells, widths, 5);
}

static void
mb_enter(struct ui *ui)
{
	(void)ui;
	mb.list.sel = mb.list.top = 0;
	mb.list.draw_item = mb_item;
	mb.list.empty = "No members yet: a adds one.";
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
		ui_say(ui, true, "%s", err != NULL ? err : "cannot read the members");
	free(err);
}

static void
mb_draw(struct ui *ui)
{
	char line[64];

	snprintf(line, sizeof line, "Members: %zu", mb.list.n);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	{
		static const char *const head[] = { "code", "name", "municipality", "category",
			"organisation" };
		static const int widths[] = { 6, 28, 16, 16, 40 };
		ui_put_cells(3, 2, head, widths, 5);
	}
	ui_list_draw(ui, &mb.list, 4, LINES - 9);
	ui_form_draw(ui, &mb.form, LINES - 11);
	if (mb.leave.open) {
		char q[160];
		snprintf(q, sizeof q, mb.erase ? "Erase %s? Name, email, code and organisation go "
		    "for good. y: yes" : "Retire %s? The code stops working; bookings to come are "
		    "cancelled. y: yes", mb.editing);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
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
		ui_say(ui, false, "Added %s: the kiosk code is %s.", out.name, out.code);
	else if (rc == HD_OK)
		ui_outcome(ui, false, "Saved %s.", out.name);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : "could not save");
	if (rc == HD_OK)
		mb.form.open = false;
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static const char *const labels[] = { "Name", "Email", "Municipality", "Organisation",
	"Category" };

static int
mb_key_add(struct ui *ui)
{
	static const char *const values[] = { "", "", "", "", "other" };

	mb.mode = ADD;
	ui_form_open(&mb.form, "New member (category: remote-employee, entrepreneur, student, "
	    "other)", 5, labels, values);
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
	ui_form_open(&mb.form, "Edit the highlighted member", 5, labels, values);
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
		ui_outcome(ui, true, "%s", err != NULL ? err : "could not change the member");
		free(err);
		return UI_REDRAW | UI_RELOAD;
	}
	for (size_t i = 0; i < n; i++)
		cancelled += a[i].fate == BOOKING_CANCELLED;
	free(a);
	ui_outcome(ui, false, "%s %s: %zu booking%s cancelled.", mb.erase ? "Erased" : "Retired",
	    mb.editing, cancelled, cancelled == 1 ? "" : "s");
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
	{ 'a', "a", "Add", "Add a member; their new kiosk code is shown", mb_key_add },
	{ 'e', "e", "Edit", "Change the highlighted member", mb_key_edit },
	{ 'r', "r", "Retire", "The highlighted member leaves (asks first): the code stops "
	  "working, bookings to come are cancelled", mb_key_retire },
	{ 'X', "X", "Erase", "The administrator erases the highlighted member's name, email, "
	  "code and organisation (asks first)", mb_key_erase },
	{ 27, "Esc", "Back", "Back to the staff menu", ui_back },
	{ 'q', "q", NULL, "Back to the staff menu", ui_back },
	UI_KEY_END,
};

static const struct ui_key mb_leave_keys[] = {
	{ UI_KEYS_YES, "y", "Yes", "Retire or erase the member", ui_yesno_yes },
	UI_KEY_NO("Any other key: keep them"),
	UI_KEY_END,
};

static int
mb_mode(struct ui *ui)
{
	(void)ui;
	return mb.form.open ? 1 : mb.leave.open ? 2 : 0;
}

const struct ui_screen ui_staff_members = {
	.name = "members",
	.title = "Staff · members",
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
