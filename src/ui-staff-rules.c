/* Staff: the hub's booking rules, read from the rules table and changed
 * with rules_set (the same as `hubdesk rules set`). */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/rules.h"
#include "ui-internal.h"

static struct {
	struct ui_list list;
	bool editing;
	struct ui_field value;
	size_t target; /* the rule being edited */
} ru;

static void
rule_item(struct ui *ui, size_t i, int row)
{
	char value[32];
	const char *cells[] = { rule_defs[i].key, value, rule_defs[i].help };
	static const int widths[] = { 22, 6, 60 };

	rules_format(&ui->hd->rules, &rule_defs[i], value, sizeof value);
	ui_put_cells(row, 2, cells, widths, 3);
}

static void
rules_enter(struct ui *ui)
{
	(void)ui;
	ru.list.n = 0;
	while (rule_defs[ru.list.n].key != NULL)
		ru.list.n++;
	ru.list.sel = ru.list.top = 0;
	ru.list.draw_item = rule_item;
	ru.editing = false;
}

static void
rules_draw(struct ui *ui)
{
	static const char *const head[] = { "rule", "value", "meaning" };
	static const int widths[] = { 22, 6, 60 };

	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, "Booking rules of this hub (Enter changes the highlighted one)", COLS - 2);
	ui_attr_off(ui);
	ui_put_cells(3, 2, head, widths, 3);
	ui_list_draw(ui, &ru.list, 4, (int)ru.list.n);
	/* The rules that always hold, below the ones staff can change. */
	int row = 5 + (int)ru.list.n;
	ui_put(row++, 1, "Always:", COLS - 2);
	for (const struct rule_fixed *d = rule_fixed; d->key != NULL && row < LINES - 5; d++) {
		const char *cells[] = { d->key, "", d->help };
		ui_put_cells(row++, 2, cells, widths, 3);
	}
	if (ru.editing) {
		char label[64];
		snprintf(label, sizeof label, "New value of %s:", rule_defs[ru.target].key);
		ui_put(LINES - 4, 1, label, 40);
		ui_field_draw(ui, &ru.value, LINES - 4, 42, 8, true);
		ui_put(LINES - 4, 52, "Enter: save  Esc: cancel", COLS - 53);
	}
}

static int
rules_input(struct ui *ui, wint_t ch, bool is_key)
{
	char value[64], *err = NULL;

	if (ru.editing) {
		if (!is_key && ch == 27) {
			ru.editing = false;
			return UI_REDRAW;
		}
		if (!((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER))) {
			ui_field_key(&ru.value, ch, is_key);
			return UI_REDRAW;
		}
		ru.editing = false;
		ui_field_utf8(&ru.value, value, sizeof value);
		if (rules_set(ui->hd, rule_defs[ru.target].key, value, &err) == HD_OK)
			ui_say(ui, false, "%s is now %s.", rule_defs[ru.target].key, value);
		else
			ui_say(ui, true, "%s", err != NULL ? err : "could not change the rule");
		free(err);
		return UI_REDRAW;
	}
	if (ui_list_key(&ru.list, ch, is_key))
		return UI_REDRAW;
	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		char now[32];
		ru.target = ru.list.sel;
		ui_field_set(&ru.value, rules_format(&ui->hd->rules, &rule_defs[ru.target], now,
		    sizeof now));
		ru.value.max = 6;
		ru.editing = true;
		return UI_REDRAW;
	}
	if (is_key && ch == KEY_MOUSE)
		return ui_list_click(&ru.list, ui->mouse.y) ? UI_REDRAW : UI_NOTHING;
	return -1;
}

static const struct ui_key rules_keys[] = {
	{ KEY_F(1), "F1", "Help", "Show every key of this screen", ui_key_help },
	{ '\r', "Enter", "Change", "Change the highlighted rule", NULL },
	{ 27, "Esc", "Back", "Back to the staff menu", ui_back },
	{ 'q', "q", NULL, "Back to the staff menu", ui_back },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_staff_rules = {
	.name = "rules",
	.title = "Staff · rules",
	.enter = rules_enter,
	.draw = rules_draw,
	.input = rules_input,
	.keys = rules_keys,
};
