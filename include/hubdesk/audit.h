/* The audit log: who changed what, and when. Rows are written by triggers
 * in the database (db/007_audit.sql) in the transaction of the change; the
 * program tells them who acts (hubdesk_act_as) and adds the rows no table
 * change says by itself (an erasure, a retention run, the unknown codes a
 * kiosk saw). Rows name people only by UUID. */
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

#endif
