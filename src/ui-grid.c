/* The booking grid: spaces as rows and the day's half-hours as columns (or
 * the days of a week). A member picks a free span and books it, or picks
 * one of their own bookings and cancels it; every refusal is the domain's
 * own sentence. Each cell has a letter as well as a colour.
 *
 * Longer than the other screens (about 600 lines) because the day view,
 * the week view, the span being chosen, the cancel question and the "away"
 * form all act on one cursor in one static state; split, that state would
 * have to leave the file. Each of them is a mode with its own key table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/grid.h"
#include "hubdesk/ids.h"
#include "ui-internal.h"

#define LABEL_W 8 /* "D01     " */

static int grid_code_done(struct ui *ui, const char *member, const char *who);
static int grid_cancel(struct ui *ui);
static int grid_away_save(struct ui *ui);
static int grid_key_away(struct ui *ui);

static struct {
	struct local_date date;
	bool week_view;
	char member[MEMBER_CODE_LEN + 1]; /* who books; "" until given */
	char who[HD_TEXT];                /* "Aino Ä." */
	struct grid g;
	struct week w;
	size_t row;
	int col;                          /* slot, or weekday in the week view */
	int mark;                         /* first slot of a span, or -1 */
	char row_code[SPACE_CODE];        /* the cursor's space, kept across reloads */
	struct ui_code code;              /* asked when nobody gave one */
	int (*then)(struct ui *ui);       /* the key that asked, taken once it is given */
	struct ui_yesno cancel;        /* "Cancel …? y/n" */
	char cancel_uuid[UUID_TEXT];      /* the booking it is about */
	char cancel_what[64];
	size_t top;                       /* first row shown */
	int left;                         /* first column shown */
	int x0, y0, cw, nrows, ncols;     /* layout, for clicks */
	struct ui_form away;              /* "away from … to …" */
	bool unread;                      /* the last reload failed: nothing to show */
} grid = { .mark = -1, .code.done = grid_code_done, .away.save = grid_away_save };

void
ui_grid_open(struct ui *ui, const char *member_code, const char *short_name)
{
	int minute;

	grid_free(&grid.g);
	grid_week_free(&grid.w);
	caltime_from_utc(ui->hd->now, &grid.date, &minute);
	grid.week_view = false;
	snprintf(grid.member, sizeof grid.member, "%s", member_code != NULL ? member_code : "");
	snprintf(grid.who, sizeof grid.who, "%s", short_name != NULL ? short_name : "");
	grid.row = 0;
	grid.col = -1; /* set to the slot under way on the first reload */
	grid.mark = -1;
	grid.cancel.open = false;
	grid.row_code[0] = '\0';
	grid.code.open = false;
	grid.then = NULL;
	grid.top = 0;
	grid.left = 0;
	ui_push(ui, &ui_grid);
}

static size_t grid_nrows(void);
static int grid_ncols(void);
static const struct space *grid_row_space(size_t r);

static void
grid_reload(struct ui *ui)
{
	const char *me = grid.member[0] != '\0' ? grid.member : NULL;
	char *err = NULL;
	enum hd_status rc;

	grid_free(&grid.g);
	grid_week_free(&grid.w);
	if (grid.week_view)
		rc = grid_week(ui->hd, grid.date, me, &grid.w, &err);
	else
		rc = grid_day(ui->hd, grid.date, me, &grid.g, &err);
	grid.unread = rc != HD_OK;
	if (rc != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the bookings"));
	free(err);
	/* The rows may have changed under the cursor (a space added or retired
	 * elsewhere): follow the cursor's space by code, and keep every index
	 * inside the new grid. A question about a booking is dropped. */
	grid.cancel.open = false;
	for (size_t r = 0; grid.row_code[0] != '\0' && r < grid_nrows(); r++) {
		if (strcmp(grid_row_space(r)->code, grid.row_code) == 0)
			grid.row = r;
	}
	if (grid.row >= grid_nrows())
		grid.row = grid_nrows() > 0 ? grid_nrows() - 1 : 0;
	if (grid.col >= grid_ncols())
		grid.col = grid_ncols() > 0 ? grid_ncols() - 1 : 0;
	if (grid.mark >= grid_ncols())
		grid.mark = -1;
	if (grid.col < 0 && !grid.week_view) {
		/* Start at the first slot that has not passed. */
		grid.col = 0;
		for (int s = 0; s < grid.g.nslots && grid.g.nspaces > 0; s++) {
			if (grid_at(&grid.g, 0, s) != GRID_PAST) {
				grid.col = s;
				break;
			}
		}
	}
}

static size_t
grid_nrows(void)
{
	return grid.week_view ? grid.w.nspaces : grid.g.nspaces;
}

static int
grid_ncols(void)
{
	return grid.week_view ? 7 : grid.g.nslots;
}

static const struct space *
grid_row_space(size_t r)
{
	return grid.week_view ? &grid.w.spaces[r] : &grid.g.spaces[r];
}

static void
grid_cell_look(struct ui *ui, int state, bool week, char *ch, enum ui_pair *pair)
{
	(void)ui;
	if (week) {
		static const char letters[] = { ' ', '.', '+', 'b', 'Y' };
		static const enum ui_pair p[] = { UI_PAIR_NORMAL, UI_PAIR_FREE, UI_PAIR_BOOKED,
			UI_PAIR_OCCUPIED, UI_PAIR_MINE };
		*ch = letters[state];
		*pair = p[state];
		return;
	}
	static const char letters[] = { '.', '-', 'b', 'O', 'Y' };
	static const enum ui_pair p[] = { UI_PAIR_FREE, UI_PAIR_NORMAL, UI_PAIR_BOOKED,
		UI_PAIR_OCCUPIED, UI_PAIR_MINE };
	*ch = letters[state];
	*pair = p[state];
}

/* The span being chosen, "D01 09:00–10:30", so the person sees what Enter
 * would book before pressing it. */
static void
grid_span_text(char *out, size_t n)
{
	int lo = grid.mark < grid.col ? grid.mark : grid.col;
	int hi = grid.mark < grid.col ? grid.col : grid.mark;
	char a[UI_TIME_MAX], b[UI_TIME_MAX];

	snprintf(out, n, "%s %s\xe2\x80\x93%s", grid_row_space(grid.row)->code,
	    i18n_time(a, sizeof a, grid_slot_from(&grid.g, lo)),
	    i18n_time(b, sizeof b, grid_slot_to(&grid.g, hi)));
}

static void
grid_draw_header(struct ui *ui, int row)
{
	char line[HD_TEXT + 192], day[I18N_DATE_MAX];
	struct local_date d = grid.week_view ? grid.w.monday : grid.date;
	int used;

	i18n_day(day, sizeof day, d.year, d.month, d.day);
	if (grid.week_view)
		snprintf(line, sizeof line, _("Week of %s"), day);
	else
		snprintf(line, sizeof line, "%s", day);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	used = ui_put(row, 1, line, COLS / 2);
	ui_attr_off(ui);
	if (grid.member[0] != '\0' && grid.mark >= 0) {
		char span[64];
		grid_span_text(span, sizeof span);
		snprintf(line, sizeof line, _("Booking as %s: %s"), grid.who, span);
	} else if (grid.member[0] != '\0')
		snprintf(line, sizeof line, _("Booking as %s"), grid.who);
	else
		snprintf(line, sizeof line, "%s", _("Enter on a free slot to book (you give your code)"));
	/* Right-aligned in what the date leaves, so no language cuts it. */
	if (ui_width(line) > COLS - used - 4)
		ui_put(row, used + 3, line, COLS - used - 4);
	else
		ui_put(row, COLS - ui_width(line) - 1, line, COLS - used - 4);
}

static void
grid_draw(struct ui *ui)
{
	char buf[HD_TEXT + 192];
	int row = 2, avail;
	size_t n = grid_nrows();
	int nc = grid_ncols();

	grid_draw_header(ui, row);
	if (grid.unread) {
		ui_put_centre(row + 3, _("The bookings could not be read."));
		grid.nrows = 0;
		return;
	}
	if (!grid.week_view && !grid.g.open) {
		char why[sizeof grid.g.why];
		ui_put_centre(row + 3, grid.g.why[0] ? ui_sentence(grid.g.why, why, sizeof why) :
		    _("The hub is closed that day."));
		ui_put_centre(row + 5, _("[ and ] move a day, { and } a week, t is today."));
		grid.nrows = 0;
		return;
	}
	if (n == 0) {
		ui_put_centre(row + 3, _("No spaces yet: staff add them first."));
		grid.nrows = 0;
		return;
	}
	/* Columns: two characters a cell when they fit, else one, else scroll. */
	avail = COLS - LABEL_W - 2;
	grid.cw = grid.week_view ? (avail / 7 > 10 ? 10 : avail / 7) : nc * 2 <= avail ? 2 : 1;
	grid.ncols = avail / grid.cw < nc ? avail / grid.cw : nc;
	if (grid.col < grid.left)
		grid.left = grid.col;
	if (grid.col >= grid.left + grid.ncols)
		grid.left = grid.col - grid.ncols + 1;
	grid.nrows = LINES - 9;
	if (n > (size_t)grid.nrows)
		grid.nrows--; /* the last row says how many more there are */
	if (grid.row < grid.top)
		grid.top = grid.row;
	if (grid.row >= grid.top + (size_t)grid.nrows)
		grid.top = grid.row - (size_t)grid.nrows + 1;
	grid.x0 = LABEL_W + 1;
	grid.y0 = row + 2;

	/* Column heads: the hours, or the weekdays. */
	int label_end = 0;
	for (int c = 0; c < grid.ncols; c++) {
		int col = grid.left + c, x = grid.x0 + c * grid.cw;
		if (grid.week_view) {
			struct local_date d = caltime_add_days(grid.w.monday, col);
			char wd[I18N_DATE_MAX];
			snprintf(buf, sizeof buf, "%s %d.%d", i18n_weekday(wd, sizeof wd, col), d.day,
			    d.month);
			ui_put(row + 1, x, buf, grid.cw);
		} else {
			/* An hour's label where a slot starts on the hour and the
			 * label before it leaves room. */
			int minute = grid_slot_from(&grid.g, col);
			if (minute % 60 == 0 && x + 2 < COLS && x >= label_end) {
				snprintf(buf, sizeof buf, "%02d", minute / 60);
				ui_put(row + 1, x, buf, 2);
				label_end = x + 3;
			}
		}
	}
	for (size_t r = grid.top; r < n && r < grid.top + (size_t)grid.nrows; r++) {
		int y = grid.y0 + (int)(r - grid.top);
		const struct space *sp = grid_row_space(r);
		snprintf(buf, sizeof buf, "%s%s", sp->code, strcmp(sp->kind, "room") == 0 ? " (r)" : "");
		ui_put(y, 1, buf, LABEL_W - 1);
		for (int c = 0; c < grid.ncols; c++) {
			int col = grid.left + c, lo = grid.mark < grid.col ? grid.mark : grid.col;
			int hi = grid.mark < grid.col ? grid.col : grid.mark;
			int state = grid.week_view ? grid.w.state[r][col] : (int)grid_at(&grid.g, r, col);
			bool cursor = r == grid.row && col == grid.col;
			bool marked = grid.mark >= 0 && r == grid.row && col >= lo && col <= hi;
			enum ui_pair pair;
			char ch, cell[16];

			grid_cell_look(ui, state, grid.week_view, &ch, &pair);
			if (grid.week_view) {
				/* One letter in the middle of a wide cell reads better. */
				memset(cell, ' ', (size_t)grid.cw);
				cell[grid.cw / 2 - 1] = ch;
			} else {
				memset(cell, ch, (size_t)grid.cw);
				if (grid.cw > 1)
					cell[grid.cw - 1] = ' ';
			}
			cell[grid.cw] = '\0';
			ui_attr(ui, pair, marked);
			if (cursor || marked)
				attron(A_REVERSE);
			ui_put(y, grid.x0 + c * grid.cw, cell, grid.cw);
			ui_attr_off(ui);
		}
	}
	if (n > (size_t)grid.nrows) {
		size_t below = n - grid.top > (size_t)grid.nrows ? n - grid.top - (size_t)grid.nrows : 0;
		ui_more_draw(grid.y0 + grid.nrows, 1, grid.top, below);
	}
	if (grid.week_view)
		ui_put(LINES - 5, 1, _("Legend: . free all day   + partly booked   b full   Y yours"),
		    COLS - 2);
	else
		ui_put(LINES - 5, 1, _("Legend: . free   b booked   O in use now   Y yours   - past"),
		    COLS - 2);
	if (grid.code.open) {
		ui_code_draw(ui, &grid.code, LINES - 4);
	} else if (grid.cancel.open) {
		snprintf(buf, sizeof buf, _("Cancel your booking of %s? y: yes, n: no"),
		    grid.cancel_what);
		ui_question(ui, UI_PAIR_NORMAL, buf);
	} else if (grid.away.open) {
		ui_form_draw(ui, &grid.away, LINES - 7);
	} else if (grid.mark >= 0) {
		char span[64];
		grid_span_text(span, sizeof span);
		snprintf(buf, sizeof buf, _("Chosen: %s. Move left or right to change the span; Enter "
		    "books it, Esc drops it."), span);
		ui_put_wrapped(LINES - 4, 1, COLS - 2, 2, false, buf);
	}
}

static int
grid_book_span(struct ui *ui, int from_slot, int to_slot)
{
	struct booking_request r = { 0 };
	struct booking b;
	char *err = NULL, a[UI_TIME_MAX], e[UI_TIME_MAX];

	r.member_code = grid.member;
	r.space_code = grid_row_space(grid.row)->code;
	r.date = grid.date;
	r.from_min = grid_slot_from(&grid.g, from_slot);
	r.to_min = grid_slot_to(&grid.g, to_slot);
	if (booking_create(ui->hd, &r, &b, &err) == HD_OK)
		ui_outcome(ui, false, _("Booked %s %s\xe2\x80\x93%s for %s."), b.space_code,
		    ui_time(b.starts_at, a), ui_time_end(b.starts_at, b.ends_at, e), grid.who);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("the booking was refused"));
	free(err);
	grid.mark = -1;
	return UI_REDRAW | UI_RELOAD;
}

/* Enter (or a click) on the cursor's cell. */
static int
grid_activate(struct ui *ui)
{
	int state;

	if (grid_nrows() == 0 || (!grid.week_view && !grid.g.open))
		return UI_NOTHING;
	if (grid.week_view) {
		grid.date = caltime_add_days(grid.w.monday, grid.col);
		grid.week_view = false;
		grid.col = -1;
		return UI_REDRAW | UI_RELOAD;
	}
	if (grid.member[0] == '\0') {
		ui_code_open(&grid.code);
		grid.then = grid_activate;
		return UI_REDRAW;
	}
	state = (int)grid_at(&grid.g, grid.row, grid.col);
	if (grid.mark >= 0)
		return grid_book_span(ui, grid.mark < grid.col ? grid.mark : grid.col,
		    grid.mark < grid.col ? grid.col : grid.mark);
	if (state == GRID_MINE) {
		const struct booking *b =
		    &grid.g.bookings[grid.g.booking[grid.row * (size_t)grid.g.nslots + (size_t)grid.col]];
		char a[UI_TIME_MAX], e[UI_TIME_MAX];
		snprintf(grid.cancel_uuid, sizeof grid.cancel_uuid, "%s", b->uuid);
		snprintf(grid.cancel_what, sizeof grid.cancel_what, "%s %s\xe2\x80\x93%s", b->space_code,
		    ui_time(b->starts_at, a), ui_time_end(b->starts_at, b->ends_at, e));
		ui_ask(&grid.cancel, grid_cancel);
		return UI_REDRAW;
	}
	if (state == GRID_FREE) {
		grid.mark = grid.col;
		return UI_REDRAW;
	}
	/* Taken or past: let the rules say why, in their own words. */
	return grid_book_span(ui, grid.col, grid.col);
}

static int
grid_code_done(struct ui *ui, const char *member, const char *who)
{
	int (*then)(struct ui *ui) = grid.then;

	snprintf(grid.member, sizeof grid.member, "%s", member);
	snprintf(grid.who, sizeof grid.who, "%s", who);
	ui_say(ui, false, _("Hello, %s: your bookings show as Y."), grid.who);
	grid.then = NULL;
	if (then == NULL)
		return UI_REDRAW | UI_RELOAD;
	/* The Enter (or a) that asked for the code goes on with it: the grid
	 * read again for this member first, so their own bookings are theirs. */
	grid_reload(ui);
	return then(ui) | UI_REDRAW;
}

static int
grid_move_cursor(int drow, int dcol)
{
	long r = (long)grid.row + drow;
	int c = grid.col + dcol;

	if (r >= 0 && (size_t)r < grid_nrows())
		grid.row = (size_t)r;
	if (c >= 0 && c < grid_ncols())
		grid.col = c;
	if (drow != 0)
		grid.mark = -1; /* a span stays on one space */
	if (grid.row < grid_nrows())
		snprintf(grid.row_code, sizeof grid.row_code, "%s", grid_row_space(grid.row)->code);
	return UI_REDRAW;
}

static int
grid_click(struct ui *ui)
{
	MEVENT ev = ui->mouse;
	int c;
	long r;

	if (grid.nrows == 0 || ev.x < grid.x0 || ev.y < grid.y0)
		return UI_NOTHING;
	c = grid.left + (ev.x - grid.x0) / grid.cw;
	r = (long)grid.top + (ev.y - grid.y0);
	if (c >= grid_ncols() || r < 0 || (size_t)r >= grid_nrows() || ev.y - grid.y0 >= grid.nrows)
		return UI_NOTHING;
	if ((size_t)r != grid.row)
		grid.mark = -1;
	grid.row = (size_t)r;
	grid.col = c;
	snprintf(grid.row_code, sizeof grid.row_code, "%s", grid_row_space(grid.row)->code);
	return grid_activate(ui);
}

static int
grid_key_move(struct ui *ui)
{
	int dx, dy;

	ui_direction(ui->ch, ui->is_key, &dx, &dy);
	return grid_move_cursor(dy, dx);
}

static int
grid_cancel(struct ui *ui)
{
	char *err = NULL;

	/* The domain checks the booking is this member's. */
	if (booking_cancel(ui->hd, grid.cancel_uuid, grid.member, NULL, &err) == HD_OK)
		ui_outcome(ui, false, _("Cancelled your booking of %s."), grid.cancel_what);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not cancel"));
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
grid_key_drop(struct ui *ui)
{
	(void)ui;
	grid.mark = -1;
	return UI_REDRAW;
}

/* f: the spaces free for the chosen span (or the slot under the cursor). */
static int
grid_key_free(struct ui *ui)
{
	struct space *v;
	size_t n;
	int lo = grid.mark >= 0 && grid.mark < grid.col ? grid.mark : grid.col;
	int hi = grid.mark > grid.col ? grid.mark : grid.col;
	char line[256], a[UI_TIME_MAX], b[UI_TIME_MAX], day[I18N_DATE_MAX], *err = NULL;
	struct local_date date = grid.date;
	int from = -1, to = -1;
	size_t used;

	if (grid.col < 0 || (!grid.week_view && !grid.g.open))
		return UI_NOTHING;
	/* In the week view, the day under the cursor, all its opening hours. */
	if (grid.week_view)
		date = caltime_add_days(grid.w.monday, grid.col);
	else {
		from = grid_slot_from(&grid.g, lo);
		to = grid_slot_to(&grid.g, hi);
	}
	if (booking_free(ui->hd, date, from, to, NULL, &v, &n, &err) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("cannot find free spaces"));
		free(err);
		return UI_REDRAW;
	}
	if (grid.week_view)
		used = (size_t)snprintf(line, sizeof line, _("Free all day %s:"),
		    i18n_date(day, sizeof day, date.year, date.month, date.day));
	else
		used = (size_t)snprintf(line, sizeof line, _("Free %s\xe2\x80\x93%s:"),
		    i18n_time(a, sizeof a, from), i18n_time(b, sizeof b, to));
	for (size_t i = 0; i < n && used + 20 < sizeof line; i++)
		used += (size_t)snprintf(line + used, sizeof line - used, "%s %s", i ? "," : "", v[i].code);
	if (n == 0)
		snprintf(line + used, sizeof line - used, "%s", _(" nothing for the whole span"));
	ui_say(ui, false, "%s", line);
	free(v);
	return UI_REDRAW;
}

/* a: cancel your bookings for days away, in one step. */
static int
grid_key_away(struct ui *ui)
{
	static const char *const labels[] = { N_("Away from"), N_("Until") };
	char from[11], to[11];
	const char *values[] = { from, to };

	(void)ui;
	if (grid.member[0] == '\0') {
		ui_code_open(&grid.code);
		grid.then = grid_key_away;
		return UI_REDRAW;
	}
	caltime_format_date(grid.date, from);
	caltime_format_date(caltime_add_days(grid.date, 6), to);
	ui_form_open(&grid.away, N_("Going away? Your bookings on these days are cancelled "
	    "(YYYY-MM-DD)"), 2, labels, values);
	return UI_REDRAW;
}

static int
grid_away_save(struct ui *ui)
{
	char a[32], b[32], da[I18N_DATE_MAX], db[I18N_DATE_MAX], *err = NULL;
	struct local_date d1, d2;
	int n;

	ui_form_value(&grid.away, 0, a, sizeof a);
	ui_form_value(&grid.away, 1, b, sizeof b);
	grid.away.open = false;
	if (caltime_parse_date(a, &d1) != 0 || caltime_parse_date(b, &d2) != 0) {
		ui_outcome(ui, true, "%s", _("Write the dates as YYYY-MM-DD."));
		return UI_REDRAW;
	}
	if (booking_cancel_range(ui->hd, grid.member, d1, d2, &n, &err) == HD_OK)
		ui_outcome(ui, false, ngettext("Cancelled %d of your bookings from %s to %s. Have a "
		    "good time!", "Cancelled %d of your bookings from %s to %s. Have a good time!",
		    (unsigned long)n), n, i18n_date(da, sizeof da, d1.year, d1.month, d1.day),
		    i18n_date(db, sizeof db, d2.year, d2.month, d2.day));
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not cancel"));
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
grid_shift_days(int days)
{
	grid.date = caltime_add_days(grid.date, days);
	grid.mark = -1;
	grid.col = grid.week_view ? grid.col : -1;
	return UI_REDRAW | UI_RELOAD;
}

static int grid_key_prev_day(struct ui *ui) { (void)ui; return grid_shift_days(grid.week_view ? -7 : -1); }
static int grid_key_next_day(struct ui *ui) { (void)ui; return grid_shift_days(grid.week_view ? 7 : 1); }
static int grid_key_prev_week(struct ui *ui) { (void)ui; return grid_shift_days(-7); }
static int grid_key_next_week(struct ui *ui) { (void)ui; return grid_shift_days(7); }

static int
grid_key_today(struct ui *ui)
{
	int minute;

	caltime_from_utc(ui->hd->now, &grid.date, &minute);
	grid.col = -1;
	grid.mark = -1;
	return UI_REDRAW | UI_RELOAD;
}

static int
grid_key_week(struct ui *ui)
{
	(void)ui;
	grid.week_view = !grid.week_view;
	grid.col = grid.week_view ? caltime_weekday(grid.date) : -1;
	grid.mark = -1;
	return UI_REDRAW | UI_RELOAD;
}

static void
grid_reset(struct ui *ui)
{
	(void)ui;
	grid_free(&grid.g);
	grid_week_free(&grid.w);
	grid.member[0] = grid.who[0] = grid.code.typed[0] = grid.row_code[0] = '\0';
	grid.code.open = grid.cancel.open = false;
	grid.then = NULL;
	grid.away.open = false;
	grid.mark = -1;
}


/* The days and weeks, in the span mode too (moving drops the span). */
#define GRID_KEYS_DAYS                                                                    \
	{ '[', "[", N_("Day-"), N_("The day before (the week before, in the week view)"),      \
	  grid_key_prev_day },                                                                \
	{ ']', "]", N_("Day+"), N_("The day after (the week after, in the week view)"),        \
	  grid_key_next_day },                                                                \
	{ KEY_PPAGE, "PgUp", NULL, N_("The day before"), grid_key_prev_day },                    \
	{ KEY_NPAGE, "PgDn", NULL, N_("The day after"), grid_key_next_day },                     \
	{ '{', "{", N_("Week-"), N_("A week back"), grid_key_prev_week },                         \
	{ '}', "}", N_("Week+"), N_("A week on"), grid_key_next_week },                           \
	{ 't', "t", N_("Today"), N_("Back to today"), grid_key_today },                           \
	{ 'w', "w", N_("Week"), N_("Switch between the day and the week view"), grid_key_week },   \
	{ 'f', "f", N_("Free"), N_("Which spaces are free for the whole chosen span (or the "  \
	  "slot; in the week view, the whole day)"), grid_key_free }

static const struct ui_key grid_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	{ '\r', "Enter", N_("Pick"), N_("On a free slot: start a span; on your own booking (Y): "
	  "cancel it (asks first); in the week view: open that day"), grid_activate },
	{ KEY_MOUSE, N_("Click"), NULL, N_("Pick the slot clicked, as Enter"), grid_click },
	{ UI_KEYS_MOVE, N_("Arrows"), NULL, N_("Move (also h j k l)"), grid_key_move },
	GRID_KEYS_DAYS,
	{ 'a', "a", N_("Away"), N_("Going away: cancel your bookings on a range of days in one "
	  "step"), grid_key_away },
	{ 27, "Esc", N_("Back"), N_("Go back"), ui_back },
	{ 'q', "q", NULL, N_("Go back"), ui_back },
	UI_KEY_END,
};

/* A span being chosen from the slot where Enter started it. */
static const struct ui_key grid_span_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	{ '\r', "Enter", N_("Book"), N_("Book the span chosen"), grid_activate },
	{ KEY_MOUSE, N_("Click"), NULL, N_("On the span's space: book up to the slot clicked"),
	  grid_click },
	{ UI_KEYS_MOVE, N_("Arrows"), NULL, N_("Left and right stretch the span; up and down "
	  "drop it (also h j k l)"), grid_key_move },
	GRID_KEYS_DAYS,
	{ 27, "Esc", N_("Drop"), N_("Drop the span being chosen"), grid_key_drop },
	{ 'q', "q", NULL, N_("Go back"), ui_back },
	UI_KEY_END,
};

static const struct ui_key grid_cancel_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Cancel the booking"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep the booking")),
	UI_KEY_END,
};

enum { GRID_BROWSE, GRID_SPAN, GRID_CODE, GRID_CANCEL, GRID_AWAY };

static int
grid_mode(struct ui *ui)
{
	(void)ui;
	if (grid.code.open)
		return GRID_CODE;
	if (grid.away.open)
		return GRID_AWAY;
	if (grid.cancel.open)
		return GRID_CANCEL;
	return grid.mark >= 0 ? GRID_SPAN : GRID_BROWSE;
}

const struct ui_screen ui_grid = {
	.name = N_("booking grid"),
	.title = N_("Book a desk"),
	.reload = grid_reload,
	.draw = grid_draw,
	.modes = UI_MODES(grid_keys, grid_span_keys, ui_code_keys, grid_cancel_keys,
	    ui_form_keys),
	.mode = grid_mode,
	.reset = grid_reset,
	.form = &grid.away,
	.code = &grid.code,
	.yesno = &grid.cancel,
};
