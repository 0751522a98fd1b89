/* The remote door's keys (see remote.h). Adding a key is a change like any
 * other: checked here, then written in one write transaction that the
 * schema's triggers audit. Finding whom a key lets in only reads: OpenSSH
 * asks for every key a client offers, and the answer must be quick and
 * must never wait for a kiosk's write lock. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/member.h"
#include "hubdesk/remote.h"
#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "domain.h"

/* The owner's row id: a member still at the hub, or a staff member. */
static enum hd_status
remote_owner(struct hubdesk *hd, enum remote_kind kind, const char *who, bool any_member,
    int64_t *id, char **err)
{
	struct member m;
	struct staff_member s;
	enum hd_status rc;

	if (kind == REMOTE_STAFF) {
		if ((rc = staff_get(hd, who, &s, err)) == HD_OK)
			*id = s.id;
		return rc;
	}
	rc = any_member ? member_find(hd, who, &m, err) : member_get(hd, who, &m, err);
	if (rc == HD_OK)
		*id = m.id;
	return rc;
}

/* True when the key l found is the member's of code who (kind
 * REMOTE_MEMBER) or the staff member's named who. */
static bool
remote_owns(const struct remote_login *l, enum remote_kind kind, const char *who)
{
	char code[MEMBER_CODE_LEN + 1];

	if (kind == REMOTE_MEMBER)
		return l->kind == REMOTE_MEMBER && ids_member_code_normalise(who, code) &&
		    strcmp(code, l->member_code) == 0;
	return l->kind == REMOTE_STAFF && text_same_folded(l->staff_name, who);
}

/* A member's keys are staff's to give; a staff member's, the
 * administrator's, as staff members themselves are. */
static enum hd_status
remote_may_change(struct hubdesk *hd, enum remote_kind kind, char **err)
{
	if (kind == REMOTE_STAFF)
		return domain_require_admin(hd, _("give or remove staff members' SSH keys"), err);
	if (hd->role == HD_ROLE_STAFF || hd->role == HD_ROLE_ADMIN)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, _("only staff may give or remove a member's SSH keys"));
}

enum hd_status
remote_key_add(struct hubdesk *hd, enum remote_kind kind, const char *who, const char *line,
    struct remote_key *out, char **err)
{
	struct sshkey k;
	struct remote_login held;
	int64_t owner;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = sshkey_parse(line, &k, err)) != HD_OK ||
	    (rc = remote_may_change(hd, kind, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = remote_owner(hd, kind, who, false, &owner, err)) != HD_OK)
		return domain_abort(hd, rc);
	switch (store_key_login(hd->store, k.fingerprint, &held)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		held.fingerprint[0] = '\0';
		break;
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if (held.fingerprint[0] != '\0' && remote_owns(&held, kind, who))
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("they have that key (%s) "
		    "already"), k.fingerprint));
	/* Whose it is stays unsaid: the message may be read out at a desk. */
	if (held.fingerprint[0] != '\0')
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("that key (%s) is already given "
		    "to someone: each person needs a key of their own" "\037" "'hubdesk member key "
		    "list CODE' shows a member's keys"), k.fingerprint));
	if (store_key_insert(hd->store, &k, kind == REMOTE_MEMBER, owner, hd->now) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL) {
		memset(out, 0, sizeof *out);
		snprintf(out->fingerprint, sizeof out->fingerprint, "%s", k.fingerprint);
		snprintf(out->type, sizeof out->type, "%s", k.type);
		snprintf(out->comment, sizeof out->comment, "%s", k.comment);
		out->bits = k.bits;
		out->added_at = hd->now;
	}
	return HD_OK;
}

enum hd_status
remote_key_list(struct hubdesk *hd, enum remote_kind kind, const char *who,
    struct remote_key **out, size_t *n, char **err)
{
	int64_t owner;
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	/* A retired member's list is empty, but it is theirs to ask for. */
	if ((rc = hub_require(hd, err)) != HD_OK ||
	    (rc = remote_owner(hd, kind, who, true, &owner, err)) != HD_OK)
		return rc;
	if (store_key_list(hd->store, kind == REMOTE_MEMBER, owner, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
remote_key_remove(struct hubdesk *hd, enum remote_kind kind, const char *who,
    const char *fingerprint, char **err)
{
	char safe[TEXT_SAFE];
	int64_t owner;
	int deleted;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = remote_may_change(hd, kind, err)) != HD_OK)
		return rc;
	if (!sshkey_fingerprint_ok(fingerprint))
		return hd_fail(err, HD_INVALID, _("'%s' is not a key's fingerprint; it reads "
		    "SHA256: and 43 letters, digits, + and /" "\037" "'hubdesk member key list CODE' "
		    "shows them"), text_safe(fingerprint, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = remote_owner(hd, kind, who, true, &owner, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (store_key_delete(hd->store, kind == REMOTE_MEMBER, owner, fingerprint, &deleted) !=
	    STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if (deleted == 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("no key of theirs has the "
		    "fingerprint %s" "\037" "'hubdesk member key list CODE' shows their keys"),
		    fingerprint));
	return domain_commit(hd, err);
}

enum hd_status
remote_login_of(struct hubdesk *hd, const char *type, const char *base64,
    struct remote_login *out, char **err)
{
	struct sshkey k;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = sshkey_from_parts(type, base64, &k, err)) != HD_OK)
		return rc;
	switch (store_key_login(hd->store, k.fingerprint, out)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("the key %s is nobody's here"), k.fingerprint);
	default:
		return domain_store_fail(hd, err);
	}
	/* The same digest of a different key cannot happen; the same key
	 * named as another type must not pass either. */
	if (strcmp(out->type, k.type) != 0 || strcmp(out->base64, k.base64) != 0)
		return hd_fail(err, HD_REFUSED, _("the key %s is nobody's here"), k.fingerprint);
	return HD_OK;
}

enum hd_status
remote_login_check(struct hubdesk *hd, enum remote_kind kind, const char *who,
    const char *fingerprint, char **err)
{
	struct remote_login l;

	switch (store_key_login(hd->store, fingerprint, &l)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("this key no longer opens a session here: it was "
		    "removed, or its owner has left; ask the hub's staff"));
	default:
		return domain_store_fail(hd, err);
	}
	if (!remote_owns(&l, kind, who))
		return hd_fail(err, HD_REFUSED, _("this key is not that person's: a session opens "
		    "only for the key's own owner"));
	return HD_OK;
}
