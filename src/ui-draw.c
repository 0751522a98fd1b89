/* Drawing helpers shared by the screens: colours with a monochrome
 * fallback, the title bar, the key bar, the status line, UTF-8 text cut to
 * a width or wrapped at word boundaries, and the outcome of what the person
 * did. Nothing here decides what to show. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/status.h"
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

char *
ui_time(time_t t, char buf[static UI_TIME_MAX])
{
	struct local_date d;
	int minute;

	caltime_from_utc(t, &d, &minute);
	return i18n_time(buf, UI_TIME_MAX, minute);
}

char *
ui_time_end(time_t start, time_t end, char buf[static UI_TIME_MAX])
{
	char hhmm[6];
	int minute = 0;

	/* caltime decides when an end reads as 24:00; only the writing is
	 * the language's. */
	caltime_parse_hhmm(caltime_format_end(start, end, hhmm), &minute);
	return i18n_time(buf, UI_TIME_MAX, minute);
}

void
ui_title_bar(struct ui *ui, const char *title)
{
	struct local_date d;
	int minute;
	char right[I18N_DATE_MAX + 2], when[I18N_DATE_MAX], left[HD_TEXT + 64];

	caltime_from_utc(ui->hd->now, &d, &minute);
	snprintf(right, sizeof right, "%s ", i18n_datetime(when, sizeof when, d.year, d.month,
	    d.day, minute));
	snprintf(left, sizeof left, " %s \xc2\xb7 %s", ui->hd->hub.name, ui_tr(title));
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
		const char *name, *label;
		int w;
		if (k->label == NULL || ui->nbar == (int)(sizeof ui->bar / sizeof ui->bar[0]))
			continue;
		if (!ui_key_shown(ui, k))
			continue;
		name = ui_key_name(k);
		label = ui_key_label(k);
		/* The last label needs no space after it. */
		w = ui_width(name) + ui_width(label);
		if (col + w > COLS)
			break;
		ui->bar[ui->nbar].key = k->key;
		ui->bar[ui->nbar].x0 = col;
		ui_attr(ui, UI_PAIR_NORMAL, true);
		col += ui_put(row, col, name, COLS - col);
		ui_attr(ui, UI_PAIR_KEY, false);
		col += ui_put(row, col, label, COLS - col);
		ui_attr_off(ui);
		ui->bar[ui->nbar].x1 = col;
		ui->nbar++;
		col += 1;
		if (col < COLS)
			mvaddch(row, col - 1, ' ');
	}
}

/* The kiosk shows a domain message's reason without its hint, which names
 * flags and commands, and every message as a sentence that ends once: a
 * member's short name ("Aino Ä.") or a reason without a stop would
 * otherwise end in ".." or in nothing. */
static void
ui_draw_sentence(char *s, size_t size)
{
	size_t n = hd_reason_len(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n > 0 && s[n - 1] != '!' && s[n - 1] != '?' && n + 1 < size)
		s[n++] = '.';
	s[n] = '\0';
}

const char *
ui_sentence(const char *msg, char *buf, size_t size)
{
	snprintf(buf, size, "%.*s", (int)hd_reason_len(msg), msg);
	ui_draw_sentence(buf, size);
	return buf;
}

/* Columns of the first n bytes of s, counted only up to the first
 * character past limit (callers ask whether a span fits, and reading on
 * made wrapping one long word quadratic); *fit: how many of those bytes,
 * whole characters, fit in limit columns. A byte that is no character
 * counts as one column, as ui_put draws nothing wider for it. */
static int
ui_span_width(const char *s, size_t n, int limit, size_t *fit)
{
	mbstate_t st;
	size_t b = 0;
	int used = 0;

	memset(&st, 0, sizeof st);
	*fit = 0;
	while (b < n) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s + b, n - b, &st);
		int w;
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			k = 1;
			w = 1;
			memset(&st, 0, sizeof st);
		} else if ((w = wcwidth(wc)) < 0) {
			w = 1;
		}
		used += w;
		b += k;
		if (used > limit)
			break;
		*fit = b;
	}
	return used;
}

int
ui_wrap(const char *s, int width, struct ui_line *lines, int max)
{
	size_t i = 0, fit, word_end = 0;
	int n = 0;

	if (width < 1)
		width = 1;
	for (;;) {
		size_t start, end;
		int cols = 0;

		while (s[i] == ' ')
			i++;
		if (s[i] == '\0')
			break;
		start = end = i;
		/* Whole words while they fit; the spaces between them count. */
		for (;;) {
			size_t w0 = end, w1, k;
			int c;
			while (s[w0] == ' ')
				w0++;
			if (s[w0] == '\0')
				break;
			/* A word broken over many lines is scanned once. */
			w1 = w0 < word_end ? word_end : w0 + strcspn(s + w0, " ");
			word_end = w1;
			c = ui_span_width(s + start, w1 - start, width, &k);
			if (c > width)
				break;
			end = w1;
			cols = c;
		}
		if (end == start) {
			/* One word wider than the line: broken where it must be, at
			 * least one character a line so the loop always moves on. */
			size_t w1 = word_end;
			ui_span_width(s + start, w1 - start, width, &fit);
			if (fit == 0)
				fit = (size_t)mblen(s + start, MB_CUR_MAX) > 0 ?
				    (size_t)mblen(s + start, MB_CUR_MAX) : 1;
			end = start + fit;
			cols = ui_span_width(s + start, fit, width, &w1);
		}
		if (n < max && lines != NULL) {
			lines[n].off = start;
			lines[n].len = end - start;
			lines[n].width = cols;
		}
		n++;
		i = end;
	}
	return n;
}

int
ui_put_wrapped(int row, int col, int width, int rows, bool centre, const char *s)
{
	struct ui_line lines[UI_WRAP_MAX];
	int n = ui_wrap(s, width, lines, UI_WRAP_MAX), shown = n;

	if (shown > rows)
		shown = rows;
	if (shown > UI_WRAP_MAX)
		shown = UI_WRAP_MAX;
	for (int i = 0; i < shown; i++) {
		char buf[1024];
		int x = col, len = (int)lines[i].len, w = lines[i].width;
		if (len > (int)sizeof buf - 4)
			len = (int)sizeof buf - 4;
		memcpy(buf, s + lines[i].off, (size_t)len);
		buf[len] = '\0';
		if (i == shown - 1 && shown < n) {
			/* Out of rows: the last one says there is more. */
			size_t fit;
			ui_span_width(buf, (size_t)len, width - 1, &fit);
			memcpy(buf + fit, "\xe2\x80\xa6", 4);
			w = ui_width(buf);
		}
		if (centre && w < width)
			x += (width - w) / 2;
		ui_put(row + i, x, buf, width);
	}
	return shown;
}

void
ui_question(struct ui *ui, enum ui_pair pair, const char *s)
{
	int n = ui_wrap(s, COLS - 2, NULL, 0);

	if (n > UI_QUESTION_ROWS)
		n = UI_QUESTION_ROWS;
	for (int r = LINES - 2 - n; r < LINES - 2; r++) {
		move(r, 0);
		clrtoeol();
	}
	ui_attr(ui, pair, true);
	ui_put_wrapped(LINES - 2 - n, 1, COLS - 2, n, false, s);
	ui_attr_off(ui);
}

void
ui_outcome(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ui->outcome, sizeof ui->outcome, fmt, ap);
	va_end(ap);
	ui_draw_sentence(ui->outcome, sizeof ui->outcome);
	ui->outcome_error = error;
	/* The status line would only repeat it, or contradict it. */
	ui->status[0] = '\0';
}

int
ui_outcome_draw(struct ui *ui, int row, int width, int rows)
{
	int used;

	if (ui->outcome[0] == '\0')
		return 0;
	if (width > COLS - 2)
		width = COLS - 2;
	ui_attr(ui, ui->outcome_error ? UI_PAIR_ERROR : UI_PAIR_OK, true);
	used = ui_put_wrapped(row, (COLS - width) / 2, width, rows, true, ui->outcome);
	ui_attr_off(ui);
	return used;
}

void
ui_outcome_box(struct ui *ui)
{
	int inner, n, w, h, x, y;

	if (ui->outcome[0] == '\0')
		return;
	inner = ui_width(ui->outcome);
	if (inner > COLS - 12)
		inner = COLS - 12;
	if (inner < 20)
		inner = 20;
	n = ui_wrap(ui->outcome, inner, NULL, 0);
	if (n > LINES - 8)
		n = LINES - 8;
	w = inner + 4;
	h = n + 2;
	x = (COLS - w) / 2;
	y = (LINES - h) / 2;
	ui_attr(ui, ui->outcome_error ? UI_PAIR_ERROR : UI_PAIR_OK, true);
	for (int r = y; r < y + h; r++)
		mvhline(r, x, ' ', w);
	mvaddch(y, x, ACS_ULCORNER);
	mvhline(y, x + 1, ACS_HLINE, w - 2);
	mvaddch(y, x + w - 1, ACS_URCORNER);
	mvaddch(y + h - 1, x, ACS_LLCORNER);
	mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
	mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	mvvline(y + 1, x, ACS_VLINE, n);
	mvvline(y + 1, x + w - 1, ACS_VLINE, n);
	ui_put_wrapped(y + 1, x + 2, inner, n, true, ui->outcome);
	ui_attr_off(ui);
}

void
ui_say(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ui->status, sizeof ui->status, fmt, ap);
	va_end(ap);
	ui_draw_sentence(ui->status, sizeof ui->status);
	ui->status_error = error;
	ui->status_at = time(NULL);
}

void
ui_status_line(struct ui *ui)
{
	int row = LINES - 2;

	int n;

	move(row, 0);
	clrtoeol();
	if (ui->status[0] == '\0')
		return;
	/* A long message takes up to two rows more, above: the news matters
	 * more than what it covers for a few seconds. */
	n = ui_wrap(ui->status, COLS - 2, NULL, 0);
	if (n > UI_STATUS_ROWS)
		n = UI_STATUS_ROWS;
	for (int r = row - n + 1; r < row; r++) {
		move(r, 0);
		clrtoeol();
	}
	ui_attr(ui, ui->status_error ? UI_PAIR_ERROR : UI_PAIR_OK, true);
	ui_put_wrapped(row - n + 1, 1, COLS - 2, n, false, ui->status);
	ui_attr_off(ui);
}
