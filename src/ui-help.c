/* Help: every key of the screen it was opened from, read from that screen's
 * key table, so the help can never disagree with the keys. */
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
	for (const struct ui_key *k = from->keys; k->key != 0 && row < LINES - 3; k++) {
		ui_attr(ui, UI_PAIR_NORMAL, true);
		ui_put(row, 4, k->name, 10);
		ui_attr_off(ui);
		ui_put(row, 16, k->help, COLS - 18);
		row++;
	}
	if (from == &ui_home && row < LINES - 4) {
		ui_put(row + 1, 4, "A-Z 0-9", 10);
		ui_put(row + 1, 16, "Type a member code; Enter checks in or out, Escape clears it",
		    COLS - 18);
	}
	if (row + 3 < LINES - 2)
		ui_put(LINES - 4, 4, "Escape or q goes back one screen. A click on a key below "
		    "does what the key does.", COLS - 8);
}

static const struct ui_key help_keys[] = {
	{ 27, "Esc", "Back", "Go back to the screen before", ui_back },
	{ 'q', "q", NULL, "Go back to the screen before", ui_back },
	{ KEY_F(1), "F1", NULL, "This help", NULL },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_help = {
	.name = "help",
	.title = "Help",
	.draw = help_draw,
	.keys = help_keys,
};
