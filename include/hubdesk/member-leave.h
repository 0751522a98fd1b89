/* Members who leave: retirement (their code stops working, their bookings
 * to come are cancelled, their history stays), what the hub holds about one
 * person (a GDPR access request), and erasure (the person's name, e-mail,
 * code and organisation go; their history stays as anonymous rows that the
 * statistics count exactly as before). */
#ifndef HUBDESK_MEMBER_LEAVE_H
#define HUBDESK_MEMBER_LEAVE_H

#include <stddef.h>

#include "hubdesk/audit.h"
#include "hubdesk/booking.h"
#include "hubdesk/member.h"
#include "hubdesk/store.h"
#include "hubdesk/visit.h"

/* Retires the member with code: from now on the code is refused at the
 * kiosk, in bookings and as a guest's host. Their bookings not yet checked
 * in to are cancelled in the same transaction; *a (newly allocated, caller
 * frees; NULL when *n is 0) lists every active booking it found and what
 * became of it. out: the member as retired (may be NULL). */
enum hd_status member_retire(struct hubdesk *hd, const char *code, struct member *out,
    struct booking_affected **a, size_t *n, char **err);

/* The administrator's only: erases the member with code (retired or not).
 * Their name and e-mail are blanked, their code becomes a random text no
 * kiosk can type, their organisation an anonymous key shared with every
 * member of it (so a month's count of organisations stays), their bookings
 * to come are cancelled as for retirement, and the audit log records the
 * erasure by UUID alone. Municipality and category stay: the statistics
 * count them. The write-ahead log is emptied afterwards, so that no earlier
 * page version is left beside the file. out: the member before erasure
 * (may be NULL; the caller should forget it). */
enum hd_status member_erase(struct hubdesk *hd, const char *code, struct member *out,
    struct booking_affected **a, size_t *n, char **err);

/* Everything the hub holds about one person. */
struct remote_key;
struct member_export {
	struct member member;
	struct booking *bookings;         /* every booking of theirs, oldest first */
	size_t nbookings;
	struct visit *visits;             /* their visits and their guests' */
	size_t nvisits;
	struct audit_row *audit;         /* audit rows naming their UUID */
	size_t naudit;
	struct remote_key *keys;         /* their SSH keys (remote.h) */
	size_t nkeys;
};
/* Fills x for the member with code (retired too); member_export_free frees
 * what it holds, also after a failure. */
enum hd_status member_export(struct hubdesk *hd, const char *code, struct member_export *x,
    char **err);
void member_export_free(struct member_export *x);

#endif
