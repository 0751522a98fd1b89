/* Write transactions of the domain: each domain call that writes begins
 * one (BEGIN IMMEDIATE, so two kiosks queue instead of failing), checks its
 * rules, writes and commits; a refusal rolls back and changes nothing.
 * Before the outermost one, the lifecycle sweep commits on its own. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/audit.h"
#include "hubdesk/hub.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/retention.h"
#include "hubdesk/store.h"
#include "hubdesk/remote.h"
#include "domain.h"

enum hd_status
domain_store_fail(struct hubdesk *hd, char **err)
{
	/* A full or read-only disk is said as what to do about it, alone. */
	if (store_fault(hd->store))
		return hd_fail(err, HD_STORE, "%s", store_error(hd->store));
	return hd_fail(err, HD_STORE,
	    _("database error: %s; check the disk, then try again" "\037"
	    "check the --db path too"),
	    store_error(hd->store));
}

enum hd_status
domain_begin_fail(struct hubdesk *hd, char **err)
{
	if (store_fault(hd->store))
		return domain_store_fail(hd, err);
	return hd_fail(err, HD_STORE,
	    _("database error: %s; nothing was written, try again in a moment"),
	    store_error(hd->store));
}

enum hd_status
domain_begin(struct hubdesk *hd, char **err)
{
	enum hd_status rc;

	/* The sweep records what the clock has made true before the command
	 * begins, in its own transaction: a refusal that rolls the command
	 * back leaves it standing. */
	if (store_depth(hd->store) == 0 && ((rc = lifecycle_sweep(hd, err)) != HD_OK ||
	    (rc = retention_sweep(hd, err)) != HD_OK))
		return rc;
	return domain_begin_as(hd, hd->role, err);
}

enum hd_status
domain_begin_as(struct hubdesk *hd, enum hd_role role, char **err)
{
	bool outer = store_depth(hd->store) == 0;

	if (store_begin(hd->store) != STORE_OK)
		return domain_begin_fail(hd, err);
	/* The audit triggers read who acts from the database itself, so the
	 * outermost transaction says it before any change. */
	if (outer && store_audit_context(hd->store, hd->now, audit_role_name(role),
	    role == HD_ROLE_CLOCK ? NULL : hd->actor, role == HD_ROLE_CLOCK ? NULL : hd->via) !=
	    STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	/* A remote session changes nothing once its key is gone: removed by
	 * staff (a lost laptop), or with its owner. Asked inside the write
	 * lock, so no removal slips in between. */
	if (outer && role != HD_ROLE_CLOCK && hd->via[0] != '\0') {
		struct remote_login l;
		switch (store_key_login(hd->store, hd->via, &l)) {
		case STORE_OK:
			break;
		case STORE_NOTFOUND:
			return domain_abort(hd, hd_fail(err, HD_REFUSED, _("this session's key was "
			    "removed: it can change nothing more; ask the hub's staff")));
		default:
			return domain_abort(hd, domain_store_fail(hd, err));
		}
	}
	return HD_OK;
}

enum hd_status
domain_at_door(struct hubdesk *hd, char **err)
{
	if (hd->via[0] == '\0' || hd->role != HD_ROLE_KIOSK)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, _("checking in and out happens at the hub's door, not in "
	    "a remote session"));
}

enum hd_status
domain_require_admin(struct hubdesk *hd, const char *what, char **err)
{
	if (hd->role == HD_ROLE_ADMIN)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, _("only the hub's administrator may %s" "\037"
	    "run the command as the owner of the database file"), what);
}

enum hd_status
domain_commit(struct hubdesk *hd, char **err)
{
	if (store_commit(hd->store) == STORE_OK)
		return HD_OK;
	if (store_fault(hd->store))
		return domain_store_fail(hd, err);
	return hd_fail(err, HD_STORE, _("database error: %s; the change was not saved, try again"),
	    store_error(hd->store));
}

enum hd_status
domain_abort(struct hubdesk *hd, enum hd_status status)
{
	store_rollback(hd->store);
	return status;
}
