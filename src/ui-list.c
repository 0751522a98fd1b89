/* A scrolling list for the staff screens: the screen supplies how to draw
 * one item; the list keeps the selection in view, says how many items are
 * hidden above and below, and takes the keys that move it (arrows, j k,
 * PgUp, PgDn, Home, End) and clicks. */
#include <stdio.h>

#include "ui-internal.h"

void
ui_more_draw(int row, int col, size_t above, size_t below)
{
	char line[200], up[96], down[96];

	/* TRANSLATORS: rows of a list that do not fit, above and below it. */
	snprintf(up, sizeof up, ngettext("\xe2\x86\x91 %zu more above",
	    "\xe2\x86\x91 %zu more above", above), above);
	snprintf(down, sizeof down, ngettext("\xe2\x86\x93 %zu more below",
	    "\xe2\x86\x93 %zu more below", below), below);
	if (above > 0 && below > 0)
		snprintf(line, sizeof line, "%s  \xc2\xb7  %s", up, down);
	else
		snprintf(line, sizeof line, "%s", above > 0 ? up : down);
	move(row, 0);
	clrtoeol();
	attron(A_DIM);
	ui_put(row, col, line, COLS - col);
	attroff(A_DIM);
}

void
ui_list_draw(struct ui *ui, struct ui_list *l, int row, int rows)
{
	bool more = rows > 1 && l->n > (size_t)rows;

	/* Rows hidden above or below are counted on the list's last row. */
	if (more)
		rows--;
	if (l->sel >= l->n)
		l->sel = l->n > 0 ? l->n - 1 : 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (rows > 0 && l->sel >= l->top + (size_t)rows)
		l->top = l->sel - (size_t)rows + 1;
	l->row = row;
	l->rows = rows;
	for (size_t i = l->top; i < l->n && i < l->top + (size_t)rows; i++) {
		bool sel = i == l->sel;
		if (sel)
			attron(A_REVERSE);
		move(row + (int)(i - l->top), 0);
		clrtoeol();
		if (sel) {
			for (int x = 0; x < COLS; x++)
				mvaddch(row + (int)(i - l->top), x, ' ');
		}
		l->draw_item(ui, i, row + (int)(i - l->top));
		attroff(A_REVERSE);
	}
	if (more)
		ui_more_draw(row + rows, 2, l->top, l->n - l->top > (size_t)rows ?
		    l->n - l->top - (size_t)rows : 0);
	if (l->n == 0 && l->empty != NULL)
		ui_put(row, 2, ui_tr(l->empty), COLS - 4);
}

int
ui_list_key(struct ui_list *l, wint_t ch, bool is_key)
{
	int dx, dy;
	size_t page = l->rows > 1 ? (size_t)l->rows - 1 : 1;

	if (l->n == 0)
		return 0;
	if (ui_direction(ch, is_key, &dx, &dy) && dy != 0) {
		if (dy < 0 && l->sel > 0)
			l->sel--;
		else if (dy > 0 && l->sel + 1 < l->n)
			l->sel++;
		return 1;
	}
	if (!is_key)
		return 0;
	switch (ch) {
	case KEY_PPAGE:
		l->sel = l->sel > page ? l->sel - page : 0;
		return 1;
	case KEY_NPAGE:
		l->sel = l->sel + page < l->n ? l->sel + page : l->n - 1;
		return 1;
	case KEY_HOME:
		l->sel = 0;
		return 1;
	case KEY_END:
		l->sel = l->n - 1;
		return 1;
	}
	return 0;
}

bool
ui_list_takes(wint_t ch, bool is_key)
{
	int dx, dy;

	if (ui_direction(ch, is_key, &dx, &dy))
		return dy != 0;
	return is_key && (ch == KEY_PPAGE || ch == KEY_NPAGE || ch == KEY_HOME || ch == KEY_END);
}

int
ui_list_key_move(struct ui *ui)
{
	ui_list_key(ui->screen->list, ui->ch, ui->is_key);
	return UI_REDRAW;
}

int
ui_list_key_click(struct ui *ui)
{
	return ui_list_click(ui->screen->list, ui->mouse.y) ? UI_REDRAW : UI_NOTHING;
}

int
ui_list_shift_day(struct ui_list *l, struct local_date *day, int days)
{
	*day = caltime_add_days(*day, days);
	l->sel = l->top = 0;
	return UI_REDRAW | UI_RELOAD;
}

bool
ui_list_click(struct ui_list *l, int y)
{
	size_t i = l->top + (size_t)(y - l->row);

	if (y < l->row || y >= l->row + l->rows || i >= l->n)
		return false;
	l->sel = i;
	return true;
}
