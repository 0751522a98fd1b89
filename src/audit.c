/* The audit log's writing side (see audit.h). Most rows come from the
 * triggers of db/007_audit.sql; this sets who acts and adds the rest. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/store.h"
#include "domain.h"

const char *
audit_role_name(enum hd_role role)
{
	switch (role) {
	case HD_ROLE_STAFF:
		return "staff";
	case HD_ROLE_ADMIN:
		return "admin";
	case HD_ROLE_CLOCK:
		return "clock";
	case HD_ROLE_KIOSK:
		break;
	}
	return "kiosk";
}

void
hubdesk_act_as(struct hubdesk *hd, enum hd_role role, const char *staff)
{
	hd->role = role;
	snprintf(hd->actor, sizeof hd->actor, "%s", staff != NULL ? staff : "");
}

enum hd_status
audit_note(struct hubdesk *hd, const char *action, const char *subject, const char *detail,
    char **err)
{
	if (store_audit_insert(hd->store, action, subject, detail) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
audit_unknown_codes_now(struct hubdesk *hd, const char *kiosk, int *n, char **err)
{
	if (store_audit_unknown_count(hd->store, kiosk, hd->now - hd->now % 3600, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
audit_unknown_code(struct hubdesk *hd, const char *kiosk, char **err)
{
	enum hd_status rc;

	/* The hour as UTC seconds: a count per hour, whatever the zone. */
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_audit_unknown_code(hd->store, kiosk, hd->now - hd->now % 3600) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	return domain_commit(hd, err);
}
