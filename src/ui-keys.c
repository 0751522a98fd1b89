/* Keys to actions: every key a screen handles is a row of the key table of
 * its current mode, so the bottom bar and the help, drawn from the same
 * rows, list exactly the keys that do something. */
#include <stdio.h>
#include <wctype.h>

#include "ui-internal.h"

const char *
ui_tr(const char *s)
{
	/* gettext("") is the catalogue's header, never a word of a table. */
	return s == NULL || *s == '\0' ? s : _(s);
}

/* The letter that answers yes in the language now, besides y. */
static const char *
ui_key_yes(void)
{
	/* TRANSLATORS: the key that answers yes to a question: one lowercase
	 * letter, the first of the word for yes (k for kyllä, j for ja); y is
	 * taken too. */
	return C_("yes key", "y");
}

const char *
ui_key_name(const struct ui_key *k)
{
	return k->key == UI_KEYS_YES ? ui_key_yes() : ui_tr(k->name);
}

const char *
ui_key_label(const struct ui_key *k)
{
	return k->action == ui_key_language ? ui_lang_label() : ui_tr(k->label);
}

const char *
ui_key_help_text(const struct ui_key *k, char *buf, size_t n)
{
	if (k->action == ui_key_language)
		return ui_lang_help(buf, n);
	snprintf(buf, n, "%s", ui_tr(k->help));
	return buf;
}

const struct ui_key *
ui_keys(struct ui *ui, const struct ui_screen *s)
{
	if (ui->quit_asked && s == ui->screen)
		return ui_quit_keys;
	if (s->form != NULL && s->form->open && s->form->discard_asked)
		return ui_form_discard_keys;
	return s->modes[s->mode != NULL ? s->mode(ui) : 0];
}

static bool
ui_key_in_class(int class, wint_t ch, bool is_key)
{
	int dx, dy;

	switch (class) {
	case UI_KEYS_CODE:
		return ui_code_char(ch, is_key);
	case UI_KEYS_DIGIT:
		return !is_key && ch >= '0' && ch <= '9';
	case UI_KEYS_TEXT:
		return ui_field_takes(ch, is_key);
	case UI_KEYS_MOVE:
		return ui_direction(ch, is_key, &dx, &dy);
	case UI_KEYS_LIST:
		return ui_list_takes(ch, is_key);
	case UI_KEYS_YES:
		return !is_key && (towlower(ch) == 'y' || towlower(ch) == (wint_t)*ui_key_yes());
	}
	return false;
}

const struct ui_key *
ui_key_find(const struct ui_key *keys, wint_t ch, bool is_key)
{
	const struct ui_key *k;

	/* A key's own row, or a class row's label clicked on the bar. */
	for (k = keys; k->key != 0; k++) {
		if ((int)ch == k->key && is_key == (k->key >= KEY_MIN))
			return k;
	}
	for (k = keys; k->key != 0; k++) {
		if (k->key >= UI_KEYS_CLASS && ui_key_in_class(k->key, ch, is_key))
			return k;
	}
	for (k = keys; k->key != 0; k++) {
		if (k->key == UI_KEYS_OTHER)
			return k;
	}
	return NULL;
}

int
ui_key_dispatch(struct ui *ui, wint_t ch, bool is_key)
{
	const struct ui_key *k;

	/* Terminals send Enter and Backspace in more than one way. */
	if ((!is_key && ch == '\n') || (is_key && ch == KEY_ENTER)) {
		ch = '\r';
		is_key = false;
	} else if (!is_key && (ch == 127 || ch == 8)) {
		ch = KEY_BACKSPACE;
		is_key = true;
	}
	ui->ch = ch;
	ui->is_key = is_key;
	ui->nkeys++;
	k = ui_key_find(ui_keys(ui, ui->screen), ch, is_key);
	return k != NULL ? k->action(ui) : UI_NOTHING;
}

void
ui_ask(struct ui_yesno *q, int (*yes)(struct ui *ui))
{
	q->open = true;
	q->yes = yes;
}

int
ui_yesno_yes(struct ui *ui)
{
	struct ui_yesno *q = ui->screen->yesno;

	q->open = false;
	return q->yes(ui);
}

int
ui_yesno_no(struct ui *ui)
{
	ui->screen->yesno->open = false;
	return UI_REDRAW;
}
