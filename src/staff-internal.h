/* Private to staff.c and staff-login.c. */
#ifndef HUBDESK_STAFF_INTERNAL_H
#define HUBDESK_STAFF_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/staff.h"

/* True when pin is STAFF_PIN_MIN to STAFF_PIN_MAX digits. */
bool staff_pin_valid(const char *pin);
/* Clears n bytes at p in a way the compiler keeps. */
void staff_wipe(void *p, size_t n);
/* The staff member named name whatever its case (Ä and ä too): *found
 * says whether there is one; HD_STORE only when the store failed. */
enum hd_status staff_find(struct hubdesk *hd, const char *name, struct staff_member *out,
    bool *found, char **err);

#endif
