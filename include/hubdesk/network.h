/* The hub's side of the network: its monthly dump pushed to the central
 * database (central.h), and the record of what was pushed and when. The
 * command line's push calls these; nothing here knows the terminal. */
#ifndef HUBDESK_NETWORK_H
#define HUBDESK_NETWORK_H

#include <stddef.h>

#include "hubdesk/caltime.h"
#include "hubdesk/central.h"
#include "hubdesk/hub.h"
#include "hubdesk/status.h"

/* The dump of the month beginning first, as `hubdesk dump` writes it
 * (newly allocated, NUL-terminated), made at hd->now. HD_REFUSED for a
 * month that has not ended. */
enum hd_status network_dump_text(struct hubdesk *hd, struct local_date first, char **text,
    char **err);

/* Pushes the month's dump and, once the database has acknowledged it,
 * records the push (network_push) with the database's answer in result
 * (stored, unchanged, replaced, older). A push that fails records nothing
 * and leaves the month pending. */
enum hd_status network_push_month(struct hubdesk *hd, struct central *c, struct local_date first,
    char result[static 16], char **err);

/* The months that have ended since the hub was made and that the central
 * database c does not hold, oldest first (newly allocated; *n may be 0). */
enum hd_status network_pending(struct hubdesk *hd, struct central *c, struct local_date **months,
    size_t *n, char **err);

#endif
