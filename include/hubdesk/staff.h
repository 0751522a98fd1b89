/* The staff PIN that guards the staff screens: set, checked, and a gate
 * that pauses after five wrong tries, longer each time. */
#ifndef HUBDESK_STAFF_H
#define HUBDESK_STAFF_H

#include <stdbool.h>
#include <time.h>

#include "hubdesk/hub.h"

#define STAFF_PIN_MIN 4
#define STAFF_PIN_MAX 12
#define STAFF_TRIES 5         /* wrong PINs before a pause */
#define STAFF_PAUSE 30        /* seconds of the first pause; doubles, up to 4 min */
#define STAFF_PIN_SETTING "staff_pin_hash" /* the setting that holds the hash */

/* Hashes pin (4 to 12 digits) with yescrypt and stores the hash. */
enum hd_status staff_set_pin(struct hubdesk *hd, const char *pin, char **err);
bool staff_has_pin(struct hubdesk *hd);

/* Per kiosk: wrong tries and the pause they earned. */
struct staff_gate {
	int failures;      /* since the last pause */
	int pauses;        /* pauses so far: each is twice the one before */
	time_t paused_until;
};

/* Tries pin at time now. HD_OK opens the staff screens; HD_REFUSED with a
 * message (wrong PIN, tries left, or how long the pause still lasts). */
enum hd_status staff_try(struct hubdesk *hd, struct staff_gate *g, const char *pin, time_t now,
    char **err);

#endif
