/* The audit log: who changed what, and when. Rows are written by triggers
 * in the database (db/007_audit.sql) in the transaction of the change; the
 * program tells them who acts (hubdesk_act_as) and adds the rows no table
 * change says by itself (an erasure, a retention run, the unknown codes a
 * kiosk saw), and reads them back for staff. Rows name people only by
 * UUID. */
#ifndef HUBDESK_AUDIT_H
#define HUBDESK_AUDIT_H

#include <time.h>

#include "hubdesk/hub.h"

/* "kiosk", "staff", "admin" or "clock", as the audit log spells them. */
const char *audit_role_name(enum hd_role role);

/* Makes every change hd writes from now on the role's, and the named staff
 * member's (NULL or "" for none). */
void hubdesk_act_as(struct hubdesk *hd, enum hd_role role, const char *staff);

/* Inside the caller's write transaction, appends a row for action (e.g.
 * "member.erase") about subject (a UUID, or NULL) with detail (compact
 * JSON holding no name, e-mail, code, guest name or purpose; or NULL). */
enum hd_status audit_note(struct hubdesk *hd, const char *action, const char *subject,
    const char *detail, char **err);

/* Adds one to the count of unknown member codes typed at kiosk (a short
 * name of the terminal) in the hour under way, in a transaction of its own.
 * The codes themselves are never kept. */
enum hd_status audit_unknown_code(struct hubdesk *hd, const char *kiosk, char **err);

/* One row of the log as read back (audit-read.c). */
struct audit_row {
	time_t at;            /* UTC; a count of unknown codes: the hour's start */
	char role[8];         /* as audit_role_name spells it */
	char staff[HD_TEXT];  /* the staff member who acted, or "" */
	char action[72];      /* "booking.add", "kiosk.unknown-codes", ... */
	char subject[HD_TEXT]; /* a UUID, space code, date, weekday, key or kiosk; or "" */
	char *detail;         /* compact JSON, or NULL; owned by the row */
	char via[64];         /* the SSH key of a remote session ("SHA256:…"), or "" */
};

/* The rows of [from, to) in time order into *out (free with
 * audit_rows_free). Reading the log is for staff and the administrator:
 * the public kiosk and the clock are refused (HD_REFUSED). */
enum hd_status audit_list(struct hubdesk *hd, time_t from, time_t to, struct audit_row **out,
    size_t *n, char **err);
void audit_rows_free(struct audit_row *rows, size_t n);

/* What a row's detail says to a person: a count of unknown codes as a
 * sentence written into buf (size bytes), "14 unknown codes at kiosk tty1
 * in the hour"; any other detail its JSON as the row holds it; none "". */
const char *audit_detail_text(const struct audit_row *r, char *buf, size_t size);

/* The count of unknown codes kiosk saw in the hour under way (0 if none). */
enum hd_status audit_unknown_codes_now(struct hubdesk *hd, const char *kiosk, int *n,
    char **err);

#endif
