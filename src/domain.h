/* Private to the domain modules: shared ways to turn store outcomes into
 * statuses and messages. */
#ifndef HUBDESK_DOMAIN_H
#define HUBDESK_DOMAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/hub.h"
#include "hubdesk/store.h"

/* HD_STORE with the store's last message. It does not roll back: the
 * function that began the transaction does, with domain_abort(). */
enum hd_status domain_store_fail(struct hubdesk *hd, char **err);
/* HD_STORE saying the database could not be locked for writing. */
enum hd_status domain_begin_fail(struct hubdesk *hd, char **err);
/* Begins a write transaction; HD_STORE with a message if the database
 * cannot be locked for writing. */
enum hd_status domain_begin(struct hubdesk *hd, char **err);
/* Begins a write transaction in role's name (the audit log's), without the
 * lifecycle sweep: the sweep's own, as the clock. */
enum hd_status domain_begin_as(struct hubdesk *hd, enum hd_role role, char **err);
/* Commits; HD_STORE with a message (and everything rolled back) if not. */
enum hd_status domain_commit(struct hubdesk *hd, char **err);
/* HD_OK when hd acts as the hub's administrator; else HD_REFUSED saying
 * that only the administrator may do what (a verb phrase: "change the
 * rules"). Staff run the day; rules, retention, staff and erasures are the
 * administrator's. */
enum hd_status domain_require_admin(struct hubdesk *hd, const char *what, char **err);

/* Rolls back and passes status through, so that "return domain_abort(...)"
 * ends a failed write. */
enum hd_status domain_abort(struct hubdesk *hd, enum hd_status status);

/* Inside the caller's transaction, settles the n active bookings of v that
 * a staff change touches: each still booked is cancelled (when
 * cancel_begun is false, only if it has not begun yet), the others are
 * kept as under way. On HD_OK *out is a newly allocated array of the n
 * outcomes, in v's order, that the caller frees (NULL when n is 0); on
 * failure *out is NULL and the caller rolls back. v stays the caller's. */
enum hd_status domain_settle_bookings(struct hubdesk *hd, const struct booking *v, size_t n,
    bool cancel_begun, struct booking_affected **out, char **err);
/* Commits the caller's transaction, then hands the n outcomes a (taken
 * over) to *out and *nout; they are freed instead when out is NULL or the
 * commit fails. */
enum hd_status domain_commit_settled(struct hubdesk *hd, struct booking_affected *a, size_t n,
    struct booking_affected **out, size_t *nout, char **err);

/* HD_REFUSED for a member's remote session (hd->via set, acting as the
 * kiosk): checking in and out happens at the hub's door, never from afar. */
enum hd_status domain_at_door(struct hubdesk *hd, char **err);

/* HD_INVALID when an event's time at is after the clock's now: events are
 * recorded when they happen, or with --at when past (visit.c). */
enum hd_status domain_check_at(struct hubdesk *hd, time_t at, char **err);

/* People's words in messages, in the current language (domain-words.c):
 * a minute of the day or the local time of an instant ("09:30", Finnish
 * "9.30"), the end of a span (24:00 when it ends at midnight), a date, a
 * date and time ("2026-11-23 09:30", "23.11.2026 klo 9.30"), a kind of
 * space ("desk", "työpiste") and "on Mondays" ("maanantaisin"). Each
 * writes into buf and returns it; the words are static. */
#define DOMAIN_WORDS 64
char *domain_hhmm(int minute, char buf[static DOMAIN_WORDS]);
char *domain_time(time_t t, char buf[static DOMAIN_WORDS]);
char *domain_end(time_t start, time_t end, char buf[static DOMAIN_WORDS]);
char *domain_date(struct local_date d, char buf[static DOMAIN_WORDS]);
char *domain_local(time_t t, char buf[static DOMAIN_WORDS]);
/* A booking's status in words for a sentence that names it: "booked",
 * "cancelled", "checked-in", "no-show" ("peruttu" …). */
const char *domain_status(const char *status);
const char *domain_on_weekdays(int weekday);

struct backup_facts; /* backup.h */
/* The levels and counts of f as a backup or check reports them. */
void backup_facts_from(const struct store_facts *f, struct backup_facts *out);

#endif
