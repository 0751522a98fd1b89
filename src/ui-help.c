/* Help: every key of the screen it was opened from, in the mode that
 * screen is in, read from that mode's key table: every key that does
 * something is a row there, so the help lists them all and nothing else. */
#include <stdio.h>

#include "ui-internal.h"

/* The first row shown, when the keys do not fit the window. */
static struct {
	size_t top;
} help;

static void
help_reset(struct ui *ui)
{
	(void)ui;
	help.top = 0;
}

static const struct ui_screen *
help_from(struct ui *ui)
{
	return ui->depth > 0 ? ui->stack[ui->depth - 1] : &ui_home;
}

static size_t
help_count(struct ui *ui)
{
	size_t n = 0;

	for (const struct ui_key *k = ui_keys(ui, help_from(ui)); k->key != 0; k++)
		n += ui_key_shown(ui, k);
	return n;
}

/* Each key's sentence wraps under its own column, so nothing is cut at
 * 80x24; keys that do not fit are scrolled to and counted. */
static void
help_draw(struct ui *ui)
{
	const struct ui_screen *from = help_from(ui);
	char line[256], text[512];
	int row = 2, last = LINES - 4;
	size_t i = 0, shown = 0, n = help_count(ui);

	snprintf(line, sizeof line, _("Keys of the %s screen"), ui_tr(from->name));
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(row, 2, line, COLS - 4);
	ui_attr_off(ui);
	row += 2;
	for (const struct ui_key *k = ui_keys(ui, from); k->key != 0; k++) {
		int rows;
		if (!ui_key_shown(ui, k) || i++ < help.top)
			continue;
		ui_key_help_text(k, text, sizeof text);
		rows = ui_wrap(text, COLS - 18, NULL, 0);
		if (row + rows > last)
			break;
		ui_attr(ui, UI_PAIR_NORMAL, true);
		ui_put(row, 4, ui_key_name(k), 11);
		ui_attr_off(ui);
		row += ui_put_wrapped(row, 16, COLS - 18, rows, false, text);
		shown++;
	}
	if (help.top > 0 || help.top + shown < n)
		ui_more_draw(last, 4, help.top, n - help.top - shown);
}

static int
help_key_scroll(struct ui *ui)
{
	size_t n = help_count(ui);
	bool down = ui->ch == KEY_DOWN || ui->ch == KEY_NPAGE;

	if (down && help.top + 1 < n)
		help.top++;
	else if (!down && help.top > 0)
		help.top--;
	return UI_REDRAW;
}

static const struct ui_key help_keys[] = {
	{ 27, "Esc", N_("Back"), N_("Go back to the screen before"), ui_back },
	{ 'q', "q", NULL, N_("Go back to the screen before"), ui_back },
	{ KEY_DOWN, N_("Down"), NULL, N_("Show the next key, when they do not all fit"),
	  help_key_scroll },
	{ KEY_UP, N_("Up"), NULL, N_("Show the key before"), help_key_scroll },
	{ KEY_NPAGE, "PgDn", NULL, N_("Show the next key, as Down"), help_key_scroll },
	{ KEY_PPAGE, "PgUp", NULL, N_("Show the key before, as Up"), help_key_scroll },
	UI_KEY_END,
};

const struct ui_screen ui_help = {
	.name = N_("help"),
	.title = N_("Help"),
	.draw = help_draw,
	.reset = help_reset,
	.modes = UI_MODES(help_keys),
};
