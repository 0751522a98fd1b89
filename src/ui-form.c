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

static int
ui_form_key_next(struct ui *ui)
{
	struct ui_form *f = ui->screen->form;

	f->focus = (f->focus + 1) % f->n;
	return UI_REDRAW;
}

static int
ui_form_key_prev(struct ui *ui)
{
	struct ui_form *f = ui->screen->form;

	f->focus = (f->focus + f->n - 1) % f->n;
	return UI_REDRAW;
}

static int
ui_form_key_enter(struct ui *ui)
{
	struct ui_form *f = ui->screen->form;

	if (f->focus + 1 < f->n) {
		f->focus++;
		return UI_REDRAW;
	}
	return f->save(ui);
}

static int
ui_form_key_cancel(struct ui *ui)
{
	ui->screen->form->open = false;
	return UI_REDRAW;
}

static int
ui_form_key_type(struct ui *ui)
{
	struct ui_form *f = ui->screen->form;

	ui_field_key(&f->field[f->focus], ui->ch, ui->is_key);
	return UI_REDRAW;
}

const struct ui_key ui_form_keys[] = {
	UI_KEY_HELP,
	{ '\t', "Tab", "Next", "The next field", ui_form_key_next },
	{ KEY_DOWN, "Down", NULL, "The next field", ui_form_key_next },
	{ KEY_BTAB, "Shift-Tab", NULL, "The field before", ui_form_key_prev },
	{ KEY_UP, "Up", NULL, "The field before", ui_form_key_prev },
	{ '\r', "Enter", "Save", "The next field; on the last, save", ui_form_key_enter },
	{ 27, "Esc", "Cancel", "Close the form without saving", ui_form_key_cancel },
	UI_KEY_TYPING(ui_form_key_type),
	UI_KEY_END,
};
