/* Outcomes of domain calls. The values are the program's exit codes, so the
 * front ends pass them through unchanged. */
#ifndef HUBDESK_STATUS_H
#define HUBDESK_STATUS_H

#include <stddef.h>

enum hd_status {
	HD_OK = 0,      /* done */
	HD_REFUSED = 1, /* refused by a rule: slot taken, closed, unknown member */
	HD_INVALID = 2, /* bad usage or invalid input */
	HD_STORE = 3,   /* the database could not be read or written */
};

/* A message is a reason in plain words, which every front end shows, and
 * may go on with HD_HINT and a hint for the command line alone (the flag or
 * the command to give), so the kiosk never names one:
 *     hd_fail(err, HD_INVALID, "that is too long" HD_HINT "give a shorter --to");
 * The separator is a control character, which no validated text holds. */
#define HD_HINT "\x1f"
/* A message marked for translation spells the separator "\037" instead,
 * since xgettext does not expand macros; the reason and the hint are then
 * one msgid, translated as a whole:
 *     hd_fail(err, HD_INVALID, _("that is too long" "\037" "give a shorter --to")); */

/* Sets *err (if err is not NULL) to a newly allocated message the caller
 * frees, and returns code; lets a failing call say "return hd_fail(...)". */
enum hd_status hd_fail(char **err, enum hd_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The length of msg's reason, that is, of msg up to its hint. */
size_t hd_reason_len(const char *msg);

/* msg's hint for the command line, or NULL when it has none. */
const char *hd_hint(const char *msg);

#endif
