/* The floor map: the room drawn from the spaces' map positions, each desk a
 * box with its code and a letter for its state now (never colour alone).
 * Arrows move between desks; Enter checks the member in at the chosen
 * desk; b opens the booking grid. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/grid.h"
#include "hubdesk/ids.h"
#include "hubdesk/visit.h"
#include "ui-internal.h"

#define BOX_H 3 /* a box: "┌───┐", "│D01 .│", "└───┘" */
#define MAP_NOTES_TOP (LINES - 5) /* the lines under the map: the boxes end above */

static int map_code_done(struct ui *ui, const char *member, const char *who);

static struct {
	char member[MEMBER_CODE_LEN + 1];
	char who[HD_TEXT];
	struct map_spot *spots;
	size_t n;
	size_t sel;
	struct ui_code code;  /* asked when nobody gave one */
	int sx, sy, x0, y0;  /* map units to screen cells */
	int box_w;           /* the longest code + 4 */
} map = { .code.done = map_code_done };

void
ui_map_open(struct ui *ui, const char *member_code, const char *short_name)
{
	snprintf(map.member, sizeof map.member, "%s", member_code != NULL ? member_code : "");
	snprintf(map.who, sizeof map.who, "%s", short_name != NULL ? short_name : "");
	map.sel = 0;
	map.code.open = false;
	ui_push(ui, &ui_map);
}

static bool
map_on(const struct map_spot *s)
{
	return s->space.map_col >= 0 && s->space.map_row >= 0;
}

static void
map_reload(struct ui *ui)
{
	char *err = NULL;

	free(map.spots);
	map.spots = NULL;
	map.n = 0;
	if (grid_now(ui->hd, map.member[0] ? map.member : NULL, &map.spots, &map.n, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the spaces"));
	free(err);
	if (map.sel >= map.n)
		map.sel = 0;
	while (map.sel < map.n && !map_on(&map.spots[map.sel]))
		map.sel++;
	if (map.sel >= map.n)
		map.sel = 0;
}

static void
map_spot_xy(const struct map_spot *s, int *x, int *y)
{
	*x = map.x0 + s->space.map_col * map.sx;
	*y = map.y0 + s->space.map_row * map.sy;
}

/* A desk is on the screen when its whole box fits above the legend. */
static bool
map_visible(const struct map_spot *s)
{
	int x, y;

	if (!map_on(s))
		return false;
	map_spot_xy(s, &x, &y);
	return x + map.box_w <= COLS && y + BOX_H <= MAP_NOTES_TOP;
}

/* Screen cells per map unit: boxes side by side never overlap, whatever
 * the smallest gap between two used columns (or rows) is. */
static void
map_layout(void)
{
	int min_dc = 0, min_dr = 0;
	size_t len = 3;

	for (size_t i = 0; i < map.n; i++) {
		if (strlen(map.spots[i].space.code) > len)
			len = strlen(map.spots[i].space.code);
		for (size_t j = 0; j < map.n; j++) {
			const struct space *a = &map.spots[i].space, *b = &map.spots[j].space;
			int dc = b->map_col - a->map_col, dr = b->map_row - a->map_row;
			if (!map_on(&map.spots[i]) || !map_on(&map.spots[j]))
				continue;
			if (dc > 0 && dr == 0 && (min_dc == 0 || dc < min_dc))
				min_dc = dc;
			if (dr > 0 && (min_dr == 0 || dr < min_dr))
				min_dr = dr;
		}
	}
	map.box_w = (int)len + 4;
	map.sx = min_dc > 0 ? (map.box_w + 1 + min_dc - 1) / min_dc : map.box_w + 1;
	map.sy = min_dr > 0 ? (BOX_H + 1 + min_dr - 1) / min_dr : BOX_H + 1;
}

static void
map_draw_box(struct ui *ui, const struct map_spot *s, bool selected)
{
	static const char letters[] = { '.', '-', 'b', 'O', 'Y' };
	static const enum ui_pair pairs[] = { UI_PAIR_FREE, UI_PAIR_NORMAL, UI_PAIR_BOOKED,
		UI_PAIR_OCCUPIED, UI_PAIR_MINE };
	char inner[SPACE_CODE + 8];
	int x, y;

	if (!map_visible(s))
		return;
	map_spot_xy(s, &x, &y);
	snprintf(inner, sizeof inner, "%-*s %c", map.box_w - 4, s->space.code, letters[s->state]);
	ui_attr(ui, pairs[s->state], selected);
	if (selected)
		attron(A_REVERSE);
	mvaddch(y, x, ACS_ULCORNER);
	mvhline(y, x + 1, ACS_HLINE, map.box_w - 2);
	mvaddch(y, x + map.box_w - 1, ACS_URCORNER);
	mvaddch(y + 1, x, ACS_VLINE);
	ui_put(y + 1, x + 1, inner, map.box_w - 2);
	mvaddch(y + 1, x + map.box_w - 1, ACS_VLINE);
	mvaddch(y + 2, x, ACS_LLCORNER);
	mvhline(y + 2, x + 1, ACS_HLINE, map.box_w - 2);
	mvaddch(y + 2, x + map.box_w - 1, ACS_LRCORNER);
	ui_attr_off(ui);
}

/* The lines under the map, from the bottom up, each wrapped whole; one
 * that no longer fits below the boxes is left out rather than cut. */
static void
map_note(int *bottom, const char *s)
{
	int n = ui_wrap(s, COLS - 2, NULL, 0);

	if (*bottom - n < MAP_NOTES_TOP)
		return;
	*bottom -= n;
	ui_put_wrapped(*bottom, 1, COLS - 2, n, false, s);
}

static void
map_draw(struct ui *ui)
{
	int max_col = 0, max_row = 0, row = 2, bottom = LINES - 2;
	char line[HD_TEXT + 192], hh[UI_TIME_MAX];
	size_t off = 0, hidden = 0;

	if (ui->opt.session != UI_SESSION_NONE)
		snprintf(line, sizeof line, _("The room now  \xc2\xb7  b or Enter: book a desk "
		    "for later"));
	else if (map.member[0] != '\0')
		snprintf(line, sizeof line, _("The room now  \xc2\xb7  as %s"), map.who);
	else
		snprintf(line, sizeof line, "%s", _("The room now  \xc2\xb7  Enter on a free desk to "
		    "check in there"));
	ui_put(row, 1, line, COLS - 2);
	for (size_t i = 0; i < map.n; i++) {
		if (!map_on(&map.spots[i]))
			continue;
		if (map.spots[i].space.map_col > max_col)
			max_col = map.spots[i].space.map_col;
		if (map.spots[i].space.map_row > max_row)
			max_row = map.spots[i].space.map_row;
	}
	map_layout();
	map.x0 = (COLS - (max_col * map.sx + map.box_w)) / 2;
	map.y0 = row + 2;
	if (map.x0 < 1)
		map.x0 = 1;
	/* The selection stays on a desk that is drawn. */
	if (map.sel < map.n && !map_visible(&map.spots[map.sel])) {
		for (size_t i = 0; i < map.n; i++) {
			if (map_visible(&map.spots[i])) {
				map.sel = i;
				break;
			}
		}
	}
	for (size_t i = 0; i < map.n; i++) {
		if (map_visible(&map.spots[i]))
			map_draw_box(ui, &map.spots[i], i == map.sel);
		else if (map_on(&map.spots[i]))
			hidden++;
		else
			off++;
	}
	if (map.code.open)
		ui_code_draw(ui, &map.code, --bottom); /* in place of the legend */
	else
		map_note(&bottom, _("Legend: . free   b booked   O in use   Y yours"));
	if (map.n > 0) {
		const struct map_spot *s = &map.spots[map.sel];
		static const char *const what[] = { N_("free now"), "", N_("booked now"),
			N_("in use now"), N_("yours now") };
		/* The kind is a word of the data ("desk", "room"), as staff typed it. */
		snprintf(line, sizeof line, "%s (%s%s%s): %s", s->space.code, s->space.kind,
		    s->space.name[0] ? ", " : "", s->space.name, ui_tr(what[s->state]));
		if (s->state == GRID_FREE && s->next_booking != 0)
			snprintf(line + strlen(line), sizeof line - strlen(line), _(", booked from %s"),
			    ui_time(s->next_booking, hh));
		map_note(&bottom, line);
	}
	if (off > 0) {
		size_t used = (size_t)snprintf(line, sizeof line, "%s", _("Not on the map:"));
		for (size_t i = 0; i < map.n && used + 20 < sizeof line; i++) {
			if (!map_on(&map.spots[i]))
				used += (size_t)snprintf(line + used, sizeof line - used, " %s",
				    map.spots[i].space.code);
		}
		map_note(&bottom, line);
	}
	if (hidden > 0)
		map_note(&bottom, _("(some desks do not fit: a bigger window shows them)"));
}

/* Moves the selection to the nearest desk in direction (dx, dy). */
static int
map_move_sel(int dx, int dy)
{
	const struct space *cur;
	long best = -1, best_d = 0;

	if (map.n == 0)
		return UI_NOTHING;
	cur = &map.spots[map.sel].space;
	for (size_t i = 0; i < map.n; i++) {
		const struct space *s = &map.spots[i].space;
		long ddx = s->map_col - cur->map_col, ddy = s->map_row - cur->map_row, d;
		if (i == map.sel || !map_visible(&map.spots[i]))
			continue;
		if ((dx != 0 && ddx * dx <= 0) || (dy != 0 && ddy * dy <= 0))
			continue;
		/* Along the direction counts once, across it three times. */
		d = dx != 0 ? labs(ddx) + 3 * labs(ddy) : labs(ddy) + 3 * labs(ddx);
		if (best < 0 || d < best_d) {
			best = (long)i;
			best_d = d;
		}
	}
	if (best >= 0)
		map.sel = (size_t)best;
	return UI_REDRAW;
}


static int
map_check_in_here(struct ui *ui)
{
	struct visit v;
	char *err = NULL, until[UI_TIME_MAX];

	if (map.n == 0)
		return UI_NOTHING;
	if (map.member[0] == '\0') {
		ui_code_open(&map.code);
		return UI_REDRAW;
	}
	if (visit_checkin(ui->hd, map.member, map.spots[map.sel].space.code, ui->hd->now, &v,
	    &err) == HD_OK) {
		if (v.desk_free_until != 0)
			ui_outcome(ui, false, _("Welcome, %s! You are at %s, free until %s."), map.who,
			    v.space_code, ui_time(v.desk_free_until, until));
		else
			ui_outcome(ui, false, _("Welcome, %s! You are at %s."), map.who, v.space_code);
		/* Done: the kiosk forgets the person (ui_back resets the map) and
		 * shows its home again, in the hub's language. */
		free(err);
		i18n_reset();
		return ui_back(ui) | UI_RELOAD;
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not check you in"));
	}
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
map_code_done(struct ui *ui, const char *member, const char *who)
{
	snprintf(map.member, sizeof map.member, "%s", member);
	snprintf(map.who, sizeof map.who, "%s", who);
	return map_check_in_here(ui);
}

static int
map_click(struct ui *ui)
{
	MEVENT ev = ui->mouse;

	for (size_t i = 0; i < map.n; i++) {
		int x, y;
		if (!map_visible(&map.spots[i]))
			continue;
		map_spot_xy(&map.spots[i], &x, &y);
		if (ev.x >= x && ev.x < x + map.box_w && ev.y >= y && ev.y < y + BOX_H) {
			map.sel = i;
			return map_check_in_here(ui);
		}
	}
	return UI_NOTHING;
}

static int
map_key_move(struct ui *ui)
{
	int dx, dy;

	ui_direction(ui->ch, ui->is_key, &dx, &dy);
	return map_move_sel(dx, dy);
}

static void
map_reset(struct ui *ui)
{
	(void)ui;
	free(map.spots);
	map.spots = NULL;
	map.n = 0;
	map.member[0] = map.who[0] = map.code.typed[0] = '\0';
	map.code.open = false;
}


static int
map_key_book(struct ui *ui)
{
	ui_grid_open(ui, map.member[0] ? map.member : NULL, map.who);
	return UI_REDRAW | UI_RELOAD;
}

static const struct ui_key map_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	{ '\r', "Enter", N_("CheckIn"), N_("Check in at the chosen desk"), map_check_in_here },
	{ KEY_MOUSE, N_("Click"), NULL, N_("Check in at the desk clicked"), map_click },
	{ UI_KEYS_MOVE, N_("Arrows"), NULL, N_("Move to the nearest desk that way (also h j k l)"),
	  map_key_move },
	{ 'b', "b", N_("Book"), N_("Book a desk for later on the grid"), map_key_book },
	{ 27, "Esc", N_("Back"), N_("Back to the home screen"), ui_back },
	{ 'q', "q", NULL, N_("Back to the home screen"), ui_back },
	UI_KEY_END,
};

/* A remote session's map: what is free now, and the grid to book on. A
 * check-in happens at the door, never from afar. */
static const struct ui_key map_session_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	{ UI_KEYS_MOVE, N_("Arrows"), NULL, N_("Move to the nearest desk that way (also h j k l)"),
	  map_key_move },
	{ 'b', "b", N_("Book"), N_("Book a desk for later on the grid"), map_key_book },
	{ '\r', "Enter", NULL, N_("Book a desk for later on the grid, as b"), map_key_book },
	{ 27, "Esc", N_("Back"), N_("Back to your bookings"), ui_back },
	{ 'q', "q", NULL, N_("Back to your bookings"), ui_back },
	UI_KEY_END,
};

static int
map_mode(struct ui *ui)
{
	if (ui->opt.session != UI_SESSION_NONE)
		return 2;
	return map.code.open ? 1 : 0;
}

const struct ui_screen ui_map = {
	.name = N_("floor map"),
	.title = N_("Floor map"),
	.reload = map_reload,
	.draw = map_draw,
	.modes = UI_MODES(map_keys, ui_code_keys, map_session_keys),
	.mode = map_mode,
	.reset = map_reset,
	.code = &map.code,
};
