/* Drawing helpers shared by the screens: colours with a monochrome
 * fallback, the title bar, the key bar, the status line, UTF-8 text cut to
 * a width. Nothing here decides what to show. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/text.h"
#include "ui-internal.h"

/* Foreground, background, and the attribute that stands in for the colour
 * on a monochrome terminal or with NO_COLOR. */
static const struct {
	short fg, bg;
	attr_t mono;
} pairs[UI_PAIR_COUNT] = {
	[UI_PAIR_NORMAL] = { -1, -1, A_NORMAL },
	[UI_PAIR_TITLE] = { COLOR_BLACK, COLOR_CYAN, A_REVERSE },
	[UI_PAIR_KEY] = { COLOR_BLACK, COLOR_CYAN, A_REVERSE },
	[UI_PAIR_OK] = { COLOR_GREEN, -1, A_BOLD },
	[UI_PAIR_ERROR] = { COLOR_RED, -1, A_BOLD },
	[UI_PAIR_FREE] = { COLOR_GREEN, -1, A_NORMAL },
	[UI_PAIR_BOOKED] = { COLOR_YELLOW, -1, A_NORMAL },
	[UI_PAIR_OCCUPIED] = { COLOR_RED, -1, A_BOLD },
	[UI_PAIR_MINE] = { COLOR_CYAN, -1, A_BOLD },
	[UI_PAIR_FIELD] = { COLOR_WHITE, COLOR_BLUE, A_UNDERLINE },
};

void
ui_draw_init(struct ui *ui)
{
	const char *no_color = getenv("NO_COLOR");

	ui->colour = has_colors() && (no_color == NULL || *no_color == '\0');
	if (!ui->colour)
		return;
	start_color();
	use_default_colors();
	for (int i = 1; i < UI_PAIR_COUNT; i++)
		init_pair((short)i, pairs[i].fg, pairs[i].bg);
}

void
ui_attr(struct ui *ui, enum ui_pair pair, bool bold)
{
	attr_t a = ui->colour ? COLOR_PAIR(pair) : pairs[pair].mono;

	attrset(a | (bold ? A_BOLD : A_NORMAL));
}

void
ui_attr_off(struct ui *ui)
{
	(void)ui;
	attrset(A_NORMAL);
}

int
ui_width(const char *s)
{
	return text_width(s);
}

int
ui_put(int row, int col, const char *s, int width)
{
	mbstate_t st;
	size_t bytes = 0, n;
	int used = 0;
	wchar_t wc;

	memset(&st, 0, sizeof st);
	while (s[bytes] != '\0') {
		n = mbrtowc(&wc, s + bytes, MB_CUR_MAX, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0)
			break;
		int w = wcwidth(wc);
		if (w < 0)
			w = 1;
		if (used + w > width)
			break;
		used += w;
		bytes += n;
	}
	mvaddnstr(row, col, s, (int)bytes);
	return used;
}

void
ui_put_cells(int row, int x, const char *const *cells, const int *widths, int n)
{
	for (int i = 0; i < n && x < COLS; i++) {
		ui_put(row, x, cells[i] != NULL ? cells[i] : "", COLS - x < widths[i] ? COLS - x :
		    widths[i]);
		x += widths[i] + 1;
	}
}

void
ui_put_centre(int row, const char *s)
{
	int w = ui_width(s), col = (COLS - w) / 2;

	ui_put(row, col < 0 ? 0 : col, s, COLS);
}

void
ui_title_bar(struct ui *ui, const char *title)
{
	struct local_date d;
	int minute;
	char right[64], date[11], hhmm[6], left[HD_TEXT + 64];
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	caltime_from_utc(ui->hd->now, &d, &minute);
	caltime_format_date(d, date);
	snprintf(right, sizeof right, "%s %s %s ", wd[caltime_weekday(d)], date,
	    caltime_format_hhmm(minute, hhmm));
	snprintf(left, sizeof left, " %s \xc2\xb7 %s", ui->hd->hub.name, title);
	ui_attr(ui, UI_PAIR_TITLE, true);
	move(0, 0);
	for (int i = 0; i < COLS; i++)
		addch(' ');
	ui_put(0, 0, left, COLS - ui_width(right) - 1);
	ui_put(0, COLS - ui_width(right), right, ui_width(right));
	ui_attr_off(ui);
}

void
ui_key_bar(struct ui *ui)
{
	int col = 0, row = LINES - 1;

	ui->nbar = 0;
	move(row, 0);
	clrtoeol();
	for (const struct ui_key *k = ui_keys(ui, ui->screen); k->key != 0; k++) {
		int w;
		if (k->label == NULL || ui->nbar == (int)(sizeof ui->bar / sizeof ui->bar[0]))
			continue;
		w = ui_width(k->name) + ui_width(k->label) + 2;
		if (col + w > COLS)
			break;
		ui->bar[ui->nbar].key = k->key;
		ui->bar[ui->nbar].x0 = col;
		ui_attr(ui, UI_PAIR_NORMAL, true);
		col += ui_put(row, col, k->name, COLS - col);
		ui_attr(ui, UI_PAIR_KEY, false);
		col += ui_put(row, col, k->label, COLS - col);
		ui_attr_off(ui);
		ui->bar[ui->nbar].x1 = col;
		ui->nbar++;
		col += 1;
		if (col < COLS)
			mvaddch(row, col - 1, ' ');
	}
}

void
ui_say(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof ui->status, fmt, ap);
	va_end(ap);
	ui->status_error = error;
	ui->status_at = time(NULL);
}

void
ui_status_line(struct ui *ui)
{
	int row = LINES - 2;

	move(row, 0);
	clrtoeol();
	if (ui->status[0] == '\0')
		return;
	ui_attr(ui, ui->status_error ? UI_PAIR_ERROR : UI_PAIR_OK, true);
	ui_put(row, 1, ui->status, COLS - 2);
	ui_attr_off(ui);
}
