/* Every screen of the UI in one table. Going home resets each screen in
 * it, and ui_push and ui_replace refuse a screen that is not in it, so a
 * new screen cannot be opened until it is listed here, and once listed
 * the way home forgets its person too. */
#include <stddef.h>

#include "hubdesk/xmalloc.h"
#include "ui-internal.h"

const struct ui_screen *const ui_screens[] = {
	&ui_home, &ui_help, &ui_grid, &ui_guest, &ui_map, &ui_staff_pin, &ui_staff_menu,
	&ui_staff_log, &ui_staff_bookings, &ui_staff_spaces, &ui_staff_members, &ui_staff_stats,
	&ui_staff_rules, &ui_staff_audit, &ui_session, NULL,
};

void
ui_screens_reset(struct ui *ui)
{
	for (size_t i = 0; ui_screens[i] != NULL; i++) {
		if (ui_screens[i]->reset != NULL)
			ui_screens[i]->reset(ui);
	}
}

void
ui_screen_check(const struct ui_screen *s)
{
	for (size_t i = 0; ui_screens[i] != NULL; i++) {
		if (ui_screens[i] == s)
			return;
	}
	fatal("the %s screen is missing from ui_screens[] (src/ui-screens.c)", s->name);
}
