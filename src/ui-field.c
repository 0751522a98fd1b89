/* A one-line text field for the UI: wide characters, so that å, ä, ö and
 * the Sámi letters are typed, moved over and deleted as one character each,
 * and drawn by their width on the terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "hubdesk/ids.h"
#include "hubdesk/member.h"
#include "ui-internal.h"

bool
ui_member(struct ui *ui, const char *typed, char member[static MEMBER_CODE_LEN + 1],
    char who[static HD_TEXT])
{
	struct member m;
	char *err = NULL;

	char pause[160];
	enum hd_status rc;

	if (ui_code_wait(ui) > 0) {
		ui_outcome(ui, true, "%s", ui_code_pause_text(ui, pause, sizeof pause));
		return false;
	}
	if ((rc = member_get(ui->hd, typed, &m, &err)) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("unknown code"));
		free(err);
		/* A code cut short is no guess at anyone's: only whole ones count. */
		if (rc == HD_REFUSED && strlen(typed) == MEMBER_CODE_LEN)
			ui_code_unknown(ui);
		return false;
	}
	snprintf(member, MEMBER_CODE_LEN + 1, "%s", m.code);
	member_short_name(m.name, who);
	return true;
}

bool
ui_direction(wint_t ch, bool is_key, int *dx, int *dy)
{
	*dx = *dy = 0;
	if (is_key) {
		switch (ch) {
		case KEY_LEFT: *dx = -1; return true;
		case KEY_RIGHT: *dx = 1; return true;
		case KEY_UP: *dy = -1; return true;
		case KEY_DOWN: *dy = 1; return true;
		}
		return false;
	}
	switch (ch) {
	case 'h': *dx = -1; return true;
	case 'l': *dx = 1; return true;
	case 'k': *dy = -1; return true;
	case 'j': *dy = 1; return true;
	}
	return false;
}

void
ui_field_clear(struct ui_field *f)
{
	f->len = f->cursor = 0;
	f->text[0] = L'\0';
}

void
ui_field_set(struct ui_field *f, const char *utf8)
{
	size_t n = mbstowcs(f->text, utf8, UI_FIELD_MAX);

	if (n == (size_t)-1)
		n = 0;
	f->text[n < UI_FIELD_MAX ? n : UI_FIELD_MAX] = L'\0';
	f->len = f->cursor = (int)wcslen(f->text);
}

void
ui_field_utf8(const struct ui_field *f, char *out, size_t n)
{
	size_t need = wcstombs(NULL, f->text, 0);

	/* Whole or nothing: wcstombs would stop short of a character that does
	 * not fit and leave no terminator. */
	if (need == (size_t)-1 || need >= n) {
		out[0] = '\0';
		return;
	}
	wcstombs(out, f->text, n);
	out[need] = '\0';
}

bool
ui_field_takes(wint_t ch, bool is_key)
{
	if (is_key)
		return ch == KEY_LEFT || ch == KEY_RIGHT || ch == KEY_HOME || ch == KEY_END ||
		    ch == KEY_BACKSPACE || ch == KEY_DC;
	return ch == 127 || ch == 8 || ch == 1 || ch == 5 || iswprint(ch);
}

int
ui_field_key(struct ui_field *f, wint_t ch, bool is_key)
{
	if (is_key) {
		switch (ch) {
		case KEY_LEFT:
			if (f->cursor > 0)
				f->cursor--;
			return 1;
		case KEY_RIGHT:
			if (f->cursor < f->len)
				f->cursor++;
			return 1;
		case KEY_HOME:
			f->cursor = 0;
			return 1;
		case KEY_END:
			f->cursor = f->len;
			return 1;
		case KEY_BACKSPACE:
			goto backspace;
		case KEY_DC:
			if (f->cursor < f->len) {
				memmove(f->text + f->cursor, f->text + f->cursor + 1,
				    (size_t)(f->len - f->cursor) * sizeof(wchar_t));
				f->len--;
			}
			return 1;
		}
		return 0;
	}
	if (ch == 127 || ch == 8)
		goto backspace;
	if (ch == 1) { /* Ctrl-A, Ctrl-E: as in a shell */
		f->cursor = 0;
		return 1;
	}
	if (ch == 5) {
		f->cursor = f->len;
		return 1;
	}
	if (!iswprint(ch) || f->len >= f->max)
		return 0;
	memmove(f->text + f->cursor + 1, f->text + f->cursor,
	    (size_t)(f->len - f->cursor + 1) * sizeof(wchar_t));
	f->text[f->cursor++] = (wchar_t)ch;
	f->len++;
	return 1;
backspace:
	if (f->cursor > 0) {
		memmove(f->text + f->cursor - 1, f->text + f->cursor,
		    (size_t)(f->len - f->cursor + 1) * sizeof(wchar_t));
		f->cursor--;
		f->len--;
	}
	return 1;
}

void
ui_field_draw(struct ui *ui, const struct ui_field *f, int row, int col, int width, bool focus)
{
	int x = 0, cursor_x = 0, start = 0, w;

	/* Scroll so the cursor stays inside the box. */
	for (int i = start, used = 0; i < f->cursor; i++) {
		used += (w = wcwidth(f->text[i])) > 0 ? w : 1;
		while (used >= width - 1) {
			used -= (w = wcwidth(f->text[start])) > 0 ? w : 1;
			start++;
		}
	}
	ui_attr(ui, UI_PAIR_FIELD, focus);
	move(row, col);
	for (int i = 0; i < width; i++)
		addch(' ');
	for (int i = start; i < f->len; i++) {
		w = wcwidth(f->text[i]);
		if (w < 0)
			w = 1;
		if (x + w > width)
			break;
		if (i == f->cursor)
			cursor_x = x;
		mvaddnwstr(row, col + x, f->text + i, 1);
		x += w;
	}
	if (f->cursor == f->len)
		cursor_x = x < width ? x : width - 1;
	if (focus) {
		/* The cursor: the cell under it drawn reversed. */
		attron(A_REVERSE);
		if (f->cursor < f->len)
			mvaddnwstr(row, col + cursor_x, f->text + f->cursor, 1);
		else
			mvaddch(row, col + cursor_x, ' ');
	}
	ui_attr_off(ui);
}
