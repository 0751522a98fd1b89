/* Staff: the spaces, with adding, editing and retiring. Retiring lists the
 * bookings it cancelled or kept under the list until the next change. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/i18n.h"
#include "hubdesk/space.h"
#include "ui-internal.h"

enum { ADD, EDIT };

/* Rows under the list for what the last retire did to bookings. */
#define SP_AFFECTED_ROWS 3

static int sp_save(struct ui *ui);

static struct {
	struct space *s;
	struct ui_list list;
	struct ui_form form;
	int mode;
	struct ui_yesno retire; /* "Retire …? y/n" */
	char target[SPACE_CODE]; /* the space the edit form or question is for */
	struct booking_affected *affected; /* what the last retire did, or NULL */
	size_t naffected;
} sp = { .form.save = sp_save };

static void
sp_forget_affected(void)
{
	free(sp.affected);
	sp.affected = NULL;
	sp.naffected = 0;
}

static const int sp_widths[] = { 6, 6, 24, 4, 12, 8, 8 };

static void
sp_item(struct ui *ui, size_t i, int row)
{
	const struct space *s = &sp.s[i];
	char map[16] = "", cap[16];
	const char *cells[] = { s->code, s->kind, s->name, cap, s->zone, map,
		s->retired ? C_("space", "retired") : C_("space", "in use") };

	(void)ui;
	if (s->map_col >= 0)
		snprintf(map, sizeof map, "%d,%d", s->map_col, s->map_row);
	snprintf(cap, sizeof cap, "%4d", s->capacity);
	ui_put_cells(row, 2, cells, sp_widths, 7);
}

static void
sp_enter(struct ui *ui)
{
	(void)ui;
	sp.list.sel = sp.list.top = 0;
	sp.list.draw_item = sp_item;
	sp.list.empty = _("No spaces yet: a adds one.");
	sp.form.open = false;
	sp.retire.open = false;
	sp_forget_affected();
}

static void
sp_reload(struct ui *ui)
{
	char *err = NULL;

	free(sp.s);
	sp.s = NULL;
	sp.list.n = 0;
	if (space_list(ui->hd, true, &sp.s, &sp.list.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the spaces"));
	free(err);
}

/* One line a booking the last retire touched, from row on; when they do
 * not fit, the first ones and how many more. */
static void
sp_draw_affected(struct ui *ui, int row)
{
	size_t shown = sp.naffected;
	char when[96], span[48], date[I18N_DATE_MAX], who[HD_TEXT + 16], more[160];
	const int widths[] = { 16, 28, 6, COLS - 56 };
	struct local_date d;
	int m;

	(void)ui;
	if (shown > SP_AFFECTED_ROWS)
		shown = SP_AFFECTED_ROWS - 1;
	for (size_t i = 0; i < shown; i++) {
		const struct booking *k = &sp.affected[i].booking;
		const char *cells[] = { booking_fate_text(sp.affected[i].fate), when, k->space_code,
			who };

		caltime_from_utc(k->starts_at, &d, &m);
		(void)m;
		snprintf(when, sizeof when, "%s %s", ui_staff_date(d, date, sizeof date),
		    ui_staff_span(k->starts_at, k->ends_at, span, sizeof span));
		snprintf(who, sizeof who, "%s (%s)", k->member_name, k->member_code);
		ui_put_cells(row + (int)i, 2, cells, widths, 4);
	}
	if (shown < sp.naffected) {
		snprintf(more, sizeof more, _("\xe2\x80\xa6 and %zu more; the bookings of each day "
		    "show them"), sp.naffected - shown);
		ui_put(row + (int)shown, 2, more, COLS - 4);
	}
}

static void
sp_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "code"), NC_("staff list", "kind"),
		NC_("staff list", "name"), NC_("staff list", " cap"), NC_("staff list", "zone"),
		NC_("staff list", "map"), NC_("staff list", "status") };

	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, _("Spaces"), COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, sp_widths, 7);
	ui_list_draw(ui, &sp.list, 4, LINES - 9);
	sp_draw_affected(ui, LINES - 2 - SP_AFFECTED_ROWS);
	ui_form_draw(ui, &sp.form, LINES - 12);
	if (sp.retire.open) {
		char q[256];
		snprintf(q, sizeof q, _("Retire %s? Its history stays; its bookings not yet used are "
		    "cancelled. y: yes"), sp.target);
		ui_question(ui, UI_PAIR_NORMAL, q);
	}
}

/* The capacity typed in a form: "" is 0 (the default, or unchanged). The
 * range is the domain's to check. */
static bool
sp_capacity_of(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0') {
		*out = 0;
		return true;
	}
	if (*end != '\0' || v < -1000000 || v > 1000000)
		return false;
	*out = (int)v;
	return true;
}

static int
sp_save(struct ui *ui)
{
	char v[6][UI_FIELD_MAX * 4 + 1], *err = NULL;
	struct space_new n = { 0 };
	struct space out;
	int cap = 0;
	enum hd_status rc;

	for (int i = 0; i < sp.form.n; i++)
		ui_form_value(&sp.form, i, v[i], sizeof v[i]);
	if (sp.mode == ADD) {
		n.code = v[0];
		n.kind = v[1][0] ? v[1] : NULL;
		n.name = v[2];
		n.zone = v[4];
		n.map = v[5][0] ? v[5] : NULL;
		if (!sp_capacity_of(v[3], &cap)) {
			ui_outcome(ui, true, "%s", _("the capacity is a number from 1 to 1000"));
			return UI_REDRAW;
		}
		n.capacity = cap;
		rc = space_add(ui->hd, &n, &out, &err);
	} else {
		n.code = sp.target;
		n.name = v[0];
		n.zone = v[2];
		n.map = v[3];
		if (!sp_capacity_of(v[1], &cap)) {
			ui_outcome(ui, true, "%s", _("the capacity is a number from 1 to 1000"));
			return UI_REDRAW;
		}
		n.capacity = cap;
		rc = space_update(ui->hd, &n, &out, &err);
	}
	if (rc == HD_OK) {
		ui_outcome(ui, false, sp.mode == ADD ? _("Added %s.") : _("Saved %s."), out.code);
		sp.form.open = false;
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not save"));
	}
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

/* Retires sp.target and says what became of its bookings: the counts on
 * the status line, the bookings themselves under the list. */
static int
sp_retire(struct ui *ui)
{
	char *err = NULL, done[128], kept[128] = "";
	size_t cancelled = 0;

	sp_forget_affected();
	if (space_retire(ui->hd, sp.target, &sp.affected, &sp.naffected, &err) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not retire"));
		free(err);
		return UI_REDRAW | UI_RELOAD;
	}
	for (size_t i = 0; i < sp.naffected; i++)
		cancelled += sp.affected[i].fate == BOOKING_CANCELLED;
	if (sp.naffected == 0) {
		ui_say(ui, false, _("Retired %s: no bookings affected."), sp.target);
		return UI_REDRAW | UI_RELOAD;
	}
	if (sp.naffected > cancelled)
		snprintf(kept, sizeof kept, ngettext(", %zu kept (under way)",
		    ", %zu kept (under way)", sp.naffected - cancelled), sp.naffected - cancelled);
	snprintf(done, sizeof done, ngettext("Retired %s: %zu booking cancelled",
	    "Retired %s: %zu bookings cancelled", cancelled), sp.target, cancelled);
	ui_say(ui, false, "%s%s.", done, kept);
	return UI_REDRAW | UI_RELOAD;
}

static int
sp_key_add(struct ui *ui)
{
	const char *labels[] = { _("Code"), _("Kind"), _("Name"), _("Capacity"), _("Zone"),
		_("Map COL,ROW") };
	static const char *const values[] = { "", "desk", "", "", "", "" };

	(void)ui;
	sp_forget_affected();
	sp.mode = ADD;
	ui_form_open(&sp.form, _("New space (kind: desk, room or booth)"), 6, labels, values);
	return UI_REDRAW;
}

static int
sp_key_edit(struct ui *ui)
{
	const char *labels[] = { _("Name"), _("Capacity"), _("Zone"), _("Map COL,ROW") };
	const struct space *s;
	char cap[16], map[16] = "";
	const char *values[4];

	(void)ui;
	if (sp.list.n == 0)
		return UI_NOTHING;
	sp_forget_affected();
	s = &sp.s[sp.list.sel];
	snprintf(cap, sizeof cap, "%d", s->capacity);
	if (s->map_col >= 0)
		snprintf(map, sizeof map, "%d,%d", s->map_col, s->map_row);
	values[0] = s->name;
	values[1] = cap;
	values[2] = s->zone;
	values[3] = map;
	sp.mode = EDIT;
	snprintf(sp.target, sizeof sp.target, "%s", s->code);
	ui_form_open(&sp.form, _("Edit the highlighted space"), 4, labels, values);
	return UI_REDRAW;
}

static int
sp_key_retire(struct ui *ui)
{
	(void)ui;
	if (sp.list.n == 0)
		return UI_NOTHING;
	sp_forget_affected();
	snprintf(sp.target, sizeof sp.target, "%s", sp.s[sp.list.sel].code);
	ui_ask(&sp.retire, sp_retire);
	return UI_REDRAW;
}

static void
sp_forget(struct ui *ui)
{
	(void)ui;
	free(sp.s);
	sp.s = NULL;
	sp.list.n = 0;
	sp_forget_affected();
}

static const struct ui_key sp_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ 'a', "a", N_("Add"), N_("Add a space"), sp_key_add },
	{ 'e', "e", N_("Edit"), N_("Change the highlighted space's name, capacity, zone or map "
	  "spot"), sp_key_edit },
	{ 'r', "r", N_("Retire"), N_("Retire the highlighted space (asks first); lists the "
	  "bookings it touched"), sp_key_retire },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

static const struct ui_key sp_retire_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Retire the space"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep it")),
	UI_KEY_END,
};

static int
sp_mode(struct ui *ui)
{
	(void)ui;
	return sp.form.open ? 1 : sp.retire.open ? 2 : 0;
}

const struct ui_screen ui_staff_spaces = {
	.name = N_("spaces"),
	.title = N_("Staff · spaces"),
	.enter = sp_enter,
	.reload = sp_reload,
	.draw = sp_draw,
	.modes = UI_MODES(sp_keys, ui_form_keys, sp_retire_keys),
	.mode = sp_mode,
	.reset = sp_forget,
	.form = &sp.form,
	.list = &sp.list,
	.yesno = &sp.retire,
};
