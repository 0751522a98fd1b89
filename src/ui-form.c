/* A small form for the staff screens: labelled one-line fields, Tab and
 * the arrows between them, Enter on the last to save, Escape to cancel. */
#include <stdio.h>

#include "ui-internal.h"

void
ui_form_open(struct ui_form *f, const char *title, int n, const char *const *labels,
    const char *const *values)
{
	f->title = title;
	f->n = n < UI_FORM_MAX ? n : UI_FORM_MAX;
	f->focus = 0;
	f->open = true;
	for (int i = 0; i < f->n; i++) {
		f->label[i] = labels[i];
		ui_field_set(&f->field[i], values != NULL && values[i] != NULL ? values[i] : "");
		f->field[i].max = UI_FIELD_MAX;
	}
}

void
ui_form_value(const struct ui_form *f, int i, char *out, size_t n)
{
	ui_field_utf8(&f->field[i], out, n);
}

void
ui_form_draw(struct ui *ui, struct ui_form *f, int row)
{
	if (!f->open)
		return;
	for (int r = row - 1; r < row + f->n + 2 && r < LINES - 2; r++) {
		move(r, 0);
		clrtoeol();
	}
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(row - 1, 2, f->title, COLS - 4);
	ui_attr_off(ui);
	for (int i = 0; i < f->n; i++) {
		ui_put(row + i, 4, f->label[i], 16);
		ui_field_draw(ui, &f->field[i], row + i, 20, 44, i == f->focus);
	}
	ui_put(row + f->n, 4, "Tab: next field   Enter on the last: save   Esc: cancel", COLS - 8);
}

enum ui_form_result
ui_form_key(struct ui_form *f, wint_t ch, bool is_key)
{
	if (!is_key && ch == 27) {
		f->open = false;
		return UI_FORM_CANCEL;
	}
	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		if (f->focus + 1 < f->n) {
			f->focus++;
			return UI_FORM_TOOK;
		}
		return UI_FORM_SAVE;
	}
	if ((!is_key && ch == '\t') || (is_key && ch == KEY_DOWN)) {
		f->focus = (f->focus + 1) % f->n;
		return UI_FORM_TOOK;
	}
	if ((is_key && ch == KEY_BTAB) || (is_key && ch == KEY_UP)) {
		f->focus = (f->focus + f->n - 1) % f->n;
		return UI_FORM_TOOK;
	}
	ui_field_key(&f->field[f->focus], ch, is_key);
	return UI_FORM_TOOK;
}
