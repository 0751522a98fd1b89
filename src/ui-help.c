/* Help: every key of the screen it was opened from, in the mode that
 * screen is in, read from that mode's key table: every key that does
 * something is a row there, so the help lists them all and nothing else. */
#include <stdio.h>

#include "ui-internal.h"

static void
help_draw(struct ui *ui)
{
	const struct ui_screen *from = ui->depth > 0 ? ui->stack[ui->depth - 1] : &ui_home;
	char line[256];
	int row = 2;

	snprintf(line, sizeof line, "Keys of the %s screen", from->name);
	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(row, 2, line, COLS - 4);
	ui_attr_off(ui);
	row += 2;
	for (const struct ui_key *k = ui_keys(ui, from); k->key != 0 && row < LINES - 3; k++) {
		ui_attr(ui, UI_PAIR_NORMAL, true);
		ui_put(row, 4, k->name, 10);
		ui_attr_off(ui);
		ui_put(row, 16, k->help, COLS - 18);
		row++;
	}
}

static const struct ui_key help_keys[] = {
	{ 27, "Esc", "Back", "Go back to the screen before", ui_back },
	{ 'q', "q", NULL, "Go back to the screen before", ui_back },
	UI_KEY_END,
};

const struct ui_screen ui_help = {
	.name = "help",
	.title = "Help",
	.draw = help_draw,
	.modes = UI_MODES(help_keys),
};
