/* A small form for the staff screens: labelled one-line fields, Tab and
 * the arrows between them, Enter on the last to save, Escape to cancel
 * (asking first when something was typed, so no typing is lost by a
 * stray Escape). */
#include <stdio.h>
#include <wchar.h>

#include "ui-internal.h"

void
ui_form_open(struct ui_form *f, const char *title, int n, const char *const *labels,
    const char *const *values)
{
	f->title = title;
	f->n = n < UI_FORM_MAX ? n : UI_FORM_MAX;
	f->focus = 0;
	f->open = true;
	f->discard_asked = false;
	for (int i = 0; i < f->n; i++) {
		f->label[i] = labels[i];
		ui_field_set(&f->field[i], values != NULL && values[i] != NULL ? values[i] : "");
		f->field[i].max = UI_FIELD_TEXT;
		f->was[i] = f->field[i];
	}
}

bool
ui_form_changed(const struct ui_form *f)
{
	if (f == NULL || !f->open)
		return false;
	for (int i = 0; i < f->n; i++) {
		if (f->field[i].len != f->was[i].len ||
		    wmemcmp(f->field[i].text, f->was[i].text, (size_t)f->field[i].len) != 0)
			return true;
	}
	return false;
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
	ui_put(row - 1, 2, ui_tr(f->title), COLS - 4);
	ui_attr_off(ui);
	for (int i = 0; i < f->n; i++) {
		ui_put(row + i, 4, ui_tr(f->label[i]), 16);
		ui_field_draw(ui, &f->field[i], row + i, 20, 44, i == f->focus);
	}
	ui_put(row + f->n, 4, _("Tab: next field   Enter on the last: save   Esc: cancel"),
	    COLS - 8);
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
	struct ui_form *f = ui->screen->form;

	if (ui_form_changed(f))
		f->discard_asked = true;
	else
		f->open = false;
	return UI_REDRAW;
}

static int
ui_form_key_discard(struct ui *ui)
{
	struct ui_form *f = ui->screen->form;

	f->discard_asked = false;
	f->open = false;
	return UI_REDRAW;
}

static int
ui_form_key_keep(struct ui *ui)
{
	ui->screen->form->discard_asked = false;
	return UI_REDRAW;
}

void
ui_form_question_draw(struct ui *ui, int idle_left)
{
	const struct ui_form *f = ui->screen->form;
	char line[256];

	if (!ui_form_changed(f))
		return;
	if (f->discard_asked) {
		ui_question(ui, UI_PAIR_ERROR, _("Discard the changes? y: yes, any other key: no, "
		    "go on typing"));
	} else if (idle_left >= 0) {
		snprintf(line, sizeof line, _("No key for a while: in %d s this form closes without "
		    "saving and the kiosk goes home. Press a key to keep it."), idle_left);
		ui_question(ui, UI_PAIR_ERROR, line);
	}
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
	{ '\t', "Tab", N_("Next"), N_("The next field"), ui_form_key_next },
	{ KEY_DOWN, N_("Down"), NULL, N_("The next field"), ui_form_key_next },
	{ KEY_BTAB, "Shift-Tab", NULL, N_("The field before"), ui_form_key_prev },
	{ KEY_UP, N_("Up"), NULL, N_("The field before"), ui_form_key_prev },
	{ '\r', "Enter", N_("Save"), N_("The next field; on the last, save"), ui_form_key_enter },
	{ 27, "Esc", N_("Cancel"), N_("Close the form without saving (asks first when something "
	  "was typed)"), ui_form_key_cancel },
	UI_KEY_TYPING(ui_form_key_type),
	UI_KEY_END,
};

const struct ui_key ui_form_discard_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Discard the changes and close the form"),
	  ui_form_key_discard },
	{ UI_KEYS_OTHER, N_("Other"), N_("No"), N_("Any other key: keep the form and what was "
	  "typed"), ui_form_key_keep },
	UI_KEY_END,
};
