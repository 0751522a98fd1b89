/* Members who leave: retire, erase, export (see member-leave.h). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/ids.h"
#include "hubdesk/member-leave.h"
#include "hubdesk/remote.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

/* Inside the caller's transaction: cancels m's bookings not yet checked in
 * to, even one whose check-in window is open now (they will not come), and
 * audits action with how many. *a as member_retire's. */
static enum hd_status
leave_settle(struct hubdesk *hd, const struct member *m, const char *action,
    struct booking_affected **a, size_t *n, char **err)
{
	struct booking *v = NULL;
	size_t nv = 0, active = 0, cancelled = 0;
	char detail[64];
	enum hd_status rc;

	if (store_booking_list(hd->store, hd->now, INT64_MAX, m->id, 0, &v, &nv) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < nv; i++) {
		if (strcmp(v[i].status, "booked") == 0 || strcmp(v[i].status, "checked-in") == 0)
			v[active++] = v[i];
	}
	rc = domain_settle_bookings(hd, v, active, true, a, err);
	free(v);
	if (rc != HD_OK)
		return rc;
	*n = active;
	for (size_t i = 0; i < active; i++)
		cancelled += (*a)[i].fate == BOOKING_CANCELLED;
	snprintf(detail, sizeof detail, "{\"bookings_cancelled\":%zu}", cancelled);
	if ((rc = audit_note(hd, action, m->uuid, detail, err)) != HD_OK) {
		free(*a);
		*a = NULL;
		*n = 0;
	}
	return rc;
}

enum hd_status
member_retire(struct hubdesk *hd, const char *code, struct member *out,
    struct booking_affected **a, size_t *n, char **err)
{
	struct member m;
	enum hd_status rc;

	*a = NULL;
	*n = 0;
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (store_member_retire(hd->store, m.id, hd->now) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = leave_settle(hd, &m, "member.retire", a, n, err)) != HD_OK)
		return domain_abort(hd, rc);
	m.retired_at = hd->now;
	if ((rc = domain_commit_settled(hd, *a, *n, a, n, err)) != HD_OK) {
		*a = NULL;
		*n = 0;
		return rc;
	}
	if (out != NULL)
		*out = m;
	return HD_OK;
}

enum hd_status
member_erase(struct hubdesk *hd, const char *code, struct member *out,
    struct booking_affected **a, size_t *n, char **err)
{
	struct member m;
	char uuid[UUID_TEXT], erased_code[UUID_TEXT + 1], key[UUID_TEXT + 4];
	enum hd_status rc;

	*a = NULL;
	*n = 0;
	if ((rc = hub_require(hd, err)) != HD_OK ||
	    (rc = domain_require_admin(hd, _("erase a member"), err)) != HD_OK ||
	    (rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_find(hd, code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	/* Random texts: the code starts with '-', which no code typed at the
	 * kiosk can, and neither holds anything of the person. */
	ids_uuid_new(uuid);
	snprintf(erased_code, sizeof erased_code, "-%s", uuid);
	ids_uuid_new(uuid);
	snprintf(key, sizeof key, "org-%s", uuid);
	if (store_member_erase(hd->store, m.id, erased_code, key, hd->now) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = leave_settle(hd, &m, "member.erase", a, n, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit_settled(hd, *a, *n, a, n, err)) != HD_OK) {
		*a = NULL;
		*n = 0;
		return rc;
	}
	/* Best effort: a kiosk reading at this moment keeps the log's older
	 * frames until its next checkpoint; secure_delete has zeroed the rest. */
	store_checkpoint(hd->store);
	if (out != NULL)
		*out = m;
	return HD_OK;
}

enum hd_status
member_export(struct hubdesk *hd, const char *code, struct member_export *x, char **err)
{
	enum hd_status rc;

	memset(x, 0, sizeof *x);
	if ((rc = hub_require(hd, err)) != HD_OK ||
	    (rc = member_find(hd, code, &x->member, err)) != HD_OK)
		return rc;
	if (store_booking_list(hd->store, 0, INT64_MAX, x->member.id, 0, &x->bookings,
	        &x->nbookings) != STORE_OK ||
	    store_visit_of_member(hd->store, x->member.id, &x->visits, &x->nvisits) != STORE_OK ||
	    store_audit_naming(hd->store, x->member.uuid, &x->audit, &x->naudit) != STORE_OK ||
	    store_key_list(hd->store, true, x->member.id, &x->keys, &x->nkeys) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

void
member_export_free(struct member_export *x)
{
	free(x->bookings);
	free(x->visits);
	audit_rows_free(x->audit, x->naudit);
	free(x->keys);
	memset(x, 0, sizeof *x);
}
