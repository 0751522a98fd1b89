/* Staff: the hub's booking rules, read from the rules table and changed
 * with rules_set (the same as `hubdesk rules set`) by an administrator;
 * read-only for other staff. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/i18n.h"
#include "hubdesk/rules.h"
#include "ui-internal.h"

static int rules_save(struct ui *ui);

static struct {
	struct ui_list list;
	struct ui_form form;  /* the new value of the rule */
	size_t target;        /* the rule being edited */
} ru = { .form.save = rules_save };

static const int rules_widths[] = { 22, 6, 60 };

static void
rules_item(struct ui *ui, size_t i, int row)
{
	char value[32];
	const char *cells[] = { rule_defs[i].key, value, _(rule_defs[i].help) };

	rules_format(&ui->hd->rules, &rule_defs[i], value, sizeof value);
	ui_put_cells(row, 2, cells, rules_widths, 3);
}

static void
rules_enter(struct ui *ui)
{
	(void)ui;
	ru.list.n = 0;
	while (rule_defs[ru.list.n].key != NULL)
		ru.list.n++;
	ru.list.sel = ru.list.top = 0;
	ru.list.draw_item = rules_item;
	ru.form.open = false;
}

static void
rules_draw(struct ui *ui)
{
	static const char *const head[] = { NC_("staff list", "rule"), NC_("staff list", "value"),
		NC_("staff list", "meaning") };

	ui_attr(ui, UI_PAIR_NORMAL, true);
	ui_put(2, 1, ui->staff_role == HD_ROLE_ADMIN ?
	    _("Booking rules of this hub (Enter changes the highlighted one)") :
	    _("Booking rules of this hub, read-only: only an administrator changes them"), COLS - 2);
	ui_attr_off(ui);
	ui_staff_heads(3, 2, head, rules_widths, 3);
	ui_list_draw(ui, &ru.list, 4, (int)ru.list.n);
	/* The rules that always hold, below the ones staff can change. */
	int row = 5 + (int)ru.list.n;
	ui_put(row++, 1, _("Always:"), COLS - 2);
	for (const struct rule_fixed *d = rule_fixed; d->key != NULL && row < LINES - 5; d++) {
		const char *cells[] = { d->key, "", _(d->help) };
		ui_put_cells(row++, 2, cells, rules_widths, 3);
	}
	if (ru.form.open) {
		char label[128];
		snprintf(label, sizeof label, _("New value of %s:"), rule_defs[ru.target].key);
		ui_put(LINES - 4, 1, label, 40);
		ui_field_draw(ui, &ru.form.field[0], LINES - 4, 42, 8, true);
		ui_put(LINES - 4, 52, _("Enter: save  Esc: cancel"), COLS - 53);
	}
}

static int
rules_save(struct ui *ui)
{
	char value[64], *err = NULL;

	ru.form.open = false;
	ui_form_value(&ru.form, 0, value, sizeof value);
	if (rules_set(ui->hd, rule_defs[ru.target].key, value, &err) == HD_OK)
		ui_outcome(ui, false, _("%s is now %s."), rule_defs[ru.target].key, value);
	else
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not change the rule"));
	free(err);
	return UI_REDRAW;
}

static int
rules_key_change(struct ui *ui)
{
	const char *labels[] = { _("Value") };
	char now[32], *err = NULL;
	const char *values[] = { now };

	/* The domain says who may; the screen only asks it first. */
	if (rules_may_set(ui->hd, &err) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err :
		    _("only an administrator changes the rules"));
		free(err);
		return UI_REDRAW;
	}
	ru.target = ru.list.sel;
	rules_format(&ui->hd->rules, &rule_defs[ru.target], now, sizeof now);
	ui_form_open(&ru.form, _("New value"), 1, labels, values);
	ru.form.field[0].max = 6;
	return UI_REDRAW;
}

/* Other staff see the rules read-only: no Enter is offered them. */
static int
rules_mode(struct ui *ui)
{
	return ru.form.open ? 1 : ui->staff_role == HD_ROLE_ADMIN ? 0 : 2;
}

#define RULES_KEYS_BACK                                                        \
	{ 27, "Esc", N_("Back"), N_("Back to the staff menu"), ui_back },       \
	{ 'q', "q", NULL, N_("Back to the staff menu"), ui_back }

static const struct ui_key rules_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	{ '\r', "Enter", N_("Change"), N_("Change the highlighted rule"), rules_key_change },
	RULES_KEYS_BACK,
	UI_KEY_END,
};

static const struct ui_key rules_read_keys[] = {
	UI_KEY_HELP,
	UI_KEY_LIST_ROWS,
	RULES_KEYS_BACK,
	UI_KEY_END,
};

const struct ui_screen ui_staff_rules = {
	.name = N_("rules"),
	.title = N_("Staff · rules"),
	.enter = rules_enter,
	.draw = rules_draw,
	.modes = UI_MODES(rules_keys, ui_form_keys, rules_read_keys),
	.mode = rules_mode,
	.form = &ru.form,
	.list = &ru.list,
};
