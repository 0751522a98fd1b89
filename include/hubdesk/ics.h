/* iCalendar (RFC 5545): a member's bookings as events a calendar program
 * imports. */
#ifndef HUBDESK_ICS_H
#define HUBDESK_ICS_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"

/* Writes one VCALENDAR with a VEVENT per booking to f: UID the booking's
 * UUID@hubdesk, DTSTAMP now, DTSTART and DTEND in UTC, SUMMARY the space
 * and the hub in the current language, LOCATION the hub's name and
 * municipality, STATUS CANCELLED for a cancelled booking and CONFIRMED
 * otherwise. Lines end in CRLF and are folded at 75 octets, never inside a
 * UTF-8 character. Returns 0, or -1 when writing failed. */
int ics_write(FILE *f, const struct hub *hub, const struct booking *v, size_t n, time_t now);

#endif
