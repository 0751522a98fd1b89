/* The way into the staff screens: a PIN, masked as it is typed, checked by
 * the domain's gate (five wrong tries earn a pause that doubles), then the
 * staff menu. Leaving the menu, or the idle timer, locks them again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/staff.h"
#include "ui-internal.h"

static struct staff_gate gate; /* this kiosk's wrong tries */
static char pin[STAFF_PIN_MAX + 1];

static void
pin_wipe(void)
{
	volatile char *v = pin;

	for (size_t i = 0; i < sizeof pin; i++)
		v[i] = 0;
}

static void
pin_enter(struct ui *ui)
{
	(void)ui;
	pin_wipe();
}

static void
pin_draw(struct ui *ui)
{
	char stars[STAFF_PIN_MAX + 3];
	size_t n = strlen(pin);
	int row = LINES / 2 - 3;

	ui_put_centre(row, "Staff only. Type the staff PIN and press Enter.");
	stars[0] = ' ';
	for (size_t i = 0; i < STAFF_PIN_MAX; i++)
		stars[i + 1] = i < n ? '*' : '_';
	stars[STAFF_PIN_MAX + 1] = ' ';
	stars[STAFF_PIN_MAX + 2] = '\0';
	ui_attr(ui, UI_PAIR_FIELD, true);
	ui_put_centre(row + 2, stars);
	ui_attr_off(ui);
}

static int
pin_key_open(struct ui *ui)
{
	char *err = NULL;
	enum hd_status rc = staff_try(ui->hd, &gate, pin, time(NULL), &err);

	pin_wipe();
	if (rc != HD_OK) {
		ui_say(ui, true, "%s", err != NULL ? err : "wrong PIN");
		free(err);
		return UI_REDRAW;
	}
	ui->status[0] = '\0';
	hubdesk_act_as(ui->hd, HD_ROLE_STAFF, NULL);
	ui_replace(ui, &ui_staff_menu);
	return UI_REDRAW | UI_RELOAD;
}

static int
pin_key_erase(struct ui *ui)
{
	size_t n = strlen(pin);

	(void)ui;
	if (n > 0)
		pin[n - 1] = '\0';
	return UI_REDRAW;
}

static int
pin_key_digit(struct ui *ui)
{
	size_t n = strlen(pin);

	if (n < STAFF_PIN_MAX) {
		pin[n] = (char)ui->ch;
		pin[n + 1] = '\0';
	}
	return UI_REDRAW;
}

static const struct ui_key pin_keys[] = {
	UI_KEY_HELP,
	{ UI_KEYS_DIGIT, "0-9", NULL, "Type the staff PIN (shown as stars)", pin_key_digit },
	{ KEY_BACKSPACE, "Backspace", NULL, "Delete the last digit", pin_key_erase },
	{ '\r', "Enter", "Open", "Check the PIN and open the staff screens", pin_key_open },
	{ 27, "Esc", "Back", "Back to the home screen", ui_back },
	{ 'q', "q", NULL, "Back to the home screen", ui_back },
	UI_KEY_END,
};

const struct ui_screen ui_staff_pin = {
	.name = "staff PIN",
	.title = "Staff",
	.reset = pin_enter,
	.enter = pin_enter,
	.draw = pin_draw,
	.modes = UI_MODES(pin_keys),
};

/* The menu. */
static const struct {
	const char *label;
	const struct ui_screen *screen;
} items[] = {
	{ "Visitor log: who is in, sign-outs and corrections", &ui_staff_log },
	{ "Bookings of any day: see and cancel", &ui_staff_bookings },
	{ "Spaces: add, edit, retire", &ui_staff_spaces },
	{ "Members: add, edit", &ui_staff_members },
	{ "This month: occupancy by day, weekday x hour heat map", &ui_staff_stats },
	{ "Booking rules: slots, how far ahead, how many, how long, grace", &ui_staff_rules },
	{ "Audit log: who changed what, a day at a time", &ui_staff_audit },
	{ "Stop hubdesk on this terminal (a locked kiosk too)", NULL },
};
#define NITEMS (sizeof items / sizeof items[0])

static struct ui_list menu;
static struct ui_yesno menu_stop; /* "Stop hubdesk here? y/n" */

static int menu_quit(struct ui *ui);

/* Opens menu item i; the last one stops the program, after a question. */
static int
menu_open_item(struct ui *ui, size_t i)
{
	if (items[i].screen == NULL) {
		ui_ask(&menu_stop, menu_quit);
		return UI_REDRAW;
	}
	ui_push(ui, items[i].screen);
	return UI_REDRAW | UI_RELOAD;
}

static void
menu_item(struct ui *ui, size_t i, int row)
{
	char line[128];

	(void)ui;
	snprintf(line, sizeof line, " %zu  %s", i + 1, items[i].label);
	ui_put(row, 2, line, COLS - 4);
}

static void
menu_enter(struct ui *ui)
{
	(void)ui;
	menu.n = NITEMS;
	menu.sel = 0;
	menu.draw_item = menu_item;
	menu_stop.open = false;
}

static void
menu_draw(struct ui *ui)
{
	ui_put(2, 2, "Staff screens. Pick one with the arrows and Enter, or its number.", COLS - 4);
	ui_list_draw(ui, &menu, 4, (int)NITEMS);
	if (menu_stop.open)
		ui_put_wrapped(5 + (int)NITEMS, 2, COLS - 4, 2, false, "Stop hubdesk here? The kiosk "
		    "stays down until it is started again. y: yes, any other key: no");
}

static int
menu_key_open(struct ui *ui)
{
	return menu_open_item(ui, menu.sel);
}

static int
menu_key_number(struct ui *ui)
{
	size_t i = (size_t)(ui->ch - '1');

	return ui->ch >= '1' && i < NITEMS ? menu_open_item(ui, i) : UI_NOTHING;
}

static int
menu_key_click(struct ui *ui)
{
	return ui_list_click(&menu, ui->mouse.y) ? menu_open_item(ui, menu.sel) : UI_NOTHING;
}

static int
menu_quit(struct ui *ui)
{
	(void)ui;
	return UI_QUIT;
}

static int
menu_back(struct ui *ui)
{
	ui_say(ui, false, "The staff screens are locked again.");
	return ui_back(ui);
}

static const struct ui_key menu_keys[] = {
	UI_KEY_HELP,
	{ '\r', "Enter", "Open", "Open the highlighted staff screen", menu_key_open },
	{ UI_KEYS_DIGIT, "1-8", NULL, "Open the staff screen of that number", menu_key_number },
	UI_KEY_LIST_MOVE,
	{ KEY_MOUSE, "Click", NULL, "Open the staff screen clicked", menu_key_click },
	{ 27, "Esc", "Lock", "Lock the staff screens and go back to the home screen", menu_back },
	{ 'q', "q", NULL, "Lock the staff screens and go back", menu_back },
	UI_KEY_END,
};

static const struct ui_key menu_stop_keys[] = {
	{ UI_KEYS_YES, "y", "Yes", "Stop hubdesk on this terminal", ui_yesno_yes },
	UI_KEY_NO("Any other key: keep it running"),
	UI_KEY_END,
};

static int
menu_mode(struct ui *ui)
{
	(void)ui;
	return menu_stop.open ? 1 : 0;
}

const struct ui_screen ui_staff_menu = {
	.name = "staff menu",
	.title = "Staff",
	.enter = menu_enter,
	.draw = menu_draw,
	.modes = UI_MODES(menu_keys, menu_stop_keys),
	.mode = menu_mode,
	.list = &menu,
	.yesno = &menu_stop,
};
