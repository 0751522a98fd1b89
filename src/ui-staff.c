/* The way into the staff screens: a PIN, masked as it is typed, checked by
 * the domain's gate (five wrong tries earn a pause that doubles), then the
 * staff menu. Leaving the menu, or the idle timer, locks them again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/staff.h"
#include "ui-internal.h"

static struct staff_gate gate; /* this kiosk's wrong tries */
static char pin[STAFF_PIN_MAX + 1];

static void
wipe_pin(void)
{
	volatile char *v = pin;

	for (size_t i = 0; i < sizeof pin; i++)
		v[i] = 0;
}

static void
pin_enter(struct ui *ui)
{
	(void)ui;
	wipe_pin();
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
pin_input(struct ui *ui, wint_t ch, bool is_key)
{
	size_t n = strlen(pin);
	char *err = NULL;

	if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == '\r' || ch == '\n'))) {
		enum hd_status rc = staff_try(ui->hd, &gate, pin, time(NULL), &err);
		wipe_pin();
		if (rc != HD_OK) {
			ui_say(ui, true, "%s", err != NULL ? err : "wrong PIN");
			free(err);
			return UI_REDRAW;
		}
		ui->status[0] = '\0';
		ui_replace(ui, &ui_staff_menu);
		return UI_REDRAW | UI_RELOAD;
	}
	if ((is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == 127 || ch == 8))) {
		if (n > 0)
			pin[n - 1] = '\0';
		return UI_REDRAW;
	}
	if (!is_key && ch >= '0' && ch <= '9') {
		if (n < STAFF_PIN_MAX) {
			pin[n] = (char)ch;
			pin[n + 1] = '\0';
		}
		return UI_REDRAW;
	}
	return -1;
}


static const struct ui_key pin_keys[] = {
	{ '\r', "Enter", "Open", "Check the PIN and open the staff screens", NULL },
	{ 27, "Esc", "Back", "Back to the home screen", ui_back },
	{ 'q', "q", NULL, "Back to the home screen", ui_back },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_staff_pin = {
	.name = "staff PIN",
	.title = "Staff",
	.reset = pin_enter,
	.enter = pin_enter,
	.draw = pin_draw,
	.input = pin_input,
	.keys = pin_keys,
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
	{ "Stop hubdesk on this terminal (a locked kiosk too)", NULL },
};
#define NITEMS (sizeof items / sizeof items[0])

static struct ui_list menu;
static bool stop_asked;

/* Opens menu item i; the last one stops the program, after a question. */
static int
open_item(struct ui *ui, size_t i)
{
	if (items[i].screen == NULL) {
		stop_asked = true;
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
	stop_asked = false;
}

static void
menu_draw(struct ui *ui)
{
	ui_put(2, 2, "Staff screens. Pick one with the arrows and Enter, or its number.", COLS - 4);
	ui_list_draw(ui, &menu, 4, (int)NITEMS);
	if (stop_asked)
		ui_put_wrapped(5 + (int)NITEMS, 2, COLS - 4, 2, false, "Stop hubdesk here? The kiosk "
		    "stays down until it is started again. y: yes, any other key: no");
}

static int
menu_input(struct ui *ui, wint_t ch, bool is_key)
{
	if (stop_asked) {
		stop_asked = false;
		return !is_key && (ch == 'y' || ch == 'Y') ? UI_QUIT : UI_REDRAW;
	}
	if (ui_list_key(&menu, ch, is_key))
		return UI_REDRAW;
	if (!is_key && ch >= '1' && ch < '1' + (int)NITEMS)
		return open_item(ui, (size_t)(ch - '1'));
	if ((is_key && ch == KEY_ENTER) || (!is_key && (ch == '\r' || ch == '\n')))
		return open_item(ui, menu.sel);
	if (is_key && ch == KEY_MOUSE)
		return ui_list_click(&menu, ui->mouse.y) ? open_item(ui, menu.sel) : UI_NOTHING;
	return -1;
}

static int
menu_back(struct ui *ui)
{
	ui_say(ui, false, "The staff screens are locked again.");
	return ui_back(ui);
}

static const struct ui_key menu_keys[] = {
	{ KEY_F(1), "F1", "Help", "Show every key of this screen", ui_key_help },
	{ '\r', "Enter", "Open", "Open the highlighted staff screen (or type its number)", NULL },
	{ 27, "Esc", "Lock", "Lock the staff screens and go back to the home screen", menu_back },
	{ 'q', "q", NULL, "Lock the staff screens and go back", menu_back },
	{ 0, NULL, NULL, NULL, NULL },
};

const struct ui_screen ui_staff_menu = {
	.name = "staff menu",
	.title = "Staff",
	.enter = menu_enter,
	.draw = menu_draw,
	.input = menu_input,
	.keys = menu_keys,
};
