/* Staff: the audit log, a day at a time and newest first: who changed
 * what (people by UUID only, as the log holds them). The highlighted row's
 * subject and detail are shown whole under the list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/xmalloc.h"
#include "ui-internal.h"

static struct {
	struct local_date date;
	struct audit_row *rows; /* oldest first, as the log reads; drawn newest first */
	struct ui_list list;
} au;

/* The columns: time, role, staff, action, the subject's start, and the
 * detail in what is left of the width. */
static void
au_widths(int w[6])
{
	static const int fixed[] = { 5, 5, 10, 19, 10 };
	int left = COLS - 2 - 6;

	for (int i = 0; i < 5; i++)
		left -= (w[i] = fixed[i]);
	w[5] = left > 1 ? left : 1;
}

/* The row the list's i-th line shows: the newest first. */
static const struct audit_row *
au_row(size_t i)
{
	return &au.rows[au.list.n - 1 - i];
}

static void
au_item(struct ui *ui, size_t i, int row)
{
	const struct audit_row *r = au_row(i);
	char when[16], said[HD_TEXT + 64], detail[HD_TEXT + 160];
	const char *cells[] = { when, r->role, r->staff, r->action, r->subject, detail };
	int widths[6];

	(void)ui;
	/* A change made over SSH says through which key, before its detail. */
	const char *text = audit_detail_text(r, said, sizeof said);
	if (r->via[0] != '\0')
		snprintf(detail, sizeof detail, "(ssh %s) %s", r->via, text);
	else
		snprintf(detail, sizeof detail, "%s", text);
	au_widths(widths);
	ui_staff_time(r->at, when, sizeof when);
	ui_put_cells(row, 2, cells, widths, 6);
}

static void
au_enter(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &au.date, &minute);
	au.list.sel = au.list.top = 0;
	au.list.draw_item = au_item;
	au.list.empty = _("No changes on this day.");
}

static void
au_forget(struct ui *ui)
{
	(void)ui;
	audit_rows_free(au.rows, au.list.n);
	au.rows = NULL;
	au.list.n = 0;
}

static void
au_reload(struct ui *ui)
{
	time_t from, to;
	char *err = NULL;

	au_forget(ui);
	from = caltime_to_utc_next(au.date, 0);
	to = caltime_to_utc_next(caltime_add_days(au.date, 1), 0);
	if (audit_list(ui->hd, from, to, &au.rows, &au.list.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the audit log"));
	free(err);
}

static void
au_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "time"), NC_("staff list", "role"),
		NC_("staff list", "staff"), NC_("staff list", "action"),
		NC_("staff list", "subject"), NC_("staff list", "detail") };
	int widths[6];
	char line[192], date[I18N_DATE_MAX];

	au_widths(widths);
	snprintf(line, sizeof line, ngettext("Audit log %s: %zu change, newest first",
	    "Audit log %s: %zu changes, newest first", au.list.n),
	    ui_staff_date(au.date, date, sizeof date), au.list.n);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, line, COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, widths, 6);
	ui_list_draw(ui, &au.list, 4, LINES - 11);
	if (au.list.n > 0) {
		const struct audit_row *r = au_row(au.list.sel);
		char said[HD_TEXT + 64], *whole;

		whole = xasprintf("%s %s%s%s", r->action, r->subject, r->subject[0] ? ": " : "",
		    audit_detail_text(r, said, sizeof said));
		ui_put_wrapped(LINES - 6, 2, COLS - 4, 3, false, whole);
		free(whole);
	}
}

static int au_key_prev(struct ui *ui) { (void)ui; return ui_list_shift_day(&au.list, &au.date, -1); }
static int au_key_next(struct ui *ui) { (void)ui; return ui_list_shift_day(&au.list, &au.date, 1); }

static const struct ui_key au_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ '[', "[", N_("Day-"), N_("The day before"), au_key_prev },
	{ ']', "]", N_("Day+"), N_("The day after"), au_key_next },
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back },
	UI_KEY_END,
};

const struct ui_screen ui_staff_audit = {
	.name = N_("audit log"),
	.title = N_("Staff · audit log"),
	.enter = au_enter,
	.reload = au_reload,
	.draw = au_draw,
	.modes = UI_MODES(au_keys),
	.reset = au_forget,
	.list = &au.list,
};
