/* The way into the staff screens (see staff.h): a name and a PIN checked
 * against the lockout kept in the database. The lockout is read and written
 * in the same write transaction as the check, so two kiosks trying at once
 * queue and both tries count. */
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "domain.h"
#include "staff-internal.h"

time_t
staff_pause_seconds(int pauses)
{
	time_t s = STAFF_PAUSE;

	for (int i = 0; i < pauses && s < STAFF_PAUSE_MAX; i++)
		s *= 2;
	return s < STAFF_PAUSE_MAX ? s : STAFF_PAUSE_MAX;
}

struct staff_lockout
staff_lockout_wrong(struct staff_lockout l, time_t now)
{
	if (++l.failures < STAFF_TRIES)
		return l;
	l.failures = 0;
	l.paused_until = now + staff_pause_seconds(l.pauses);
	if (l.pauses < 64) /* past the cap the count no longer matters */
		l.pauses++;
	return l;
}

/* True when pin hashes to hash. With hash NULL (no such member, or no PIN)
 * pin is hashed all the same with a fresh salt, so that the time taken does
 * not tell a known name from an unknown one. */
static bool
staff_login_matches(const char *hash, const char *pin)
{
	struct crypt_data cd;
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	unsigned char diff = 0;
	size_t n;
	bool ok;

	memset(&cd, 0, sizeof cd);
	if (hash == NULL) {
		if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt) != NULL)
			crypt_rn(pin, salt, &cd, sizeof cd);
		staff_wipe(&cd, sizeof cd);
		return false;
	}
	if (crypt_rn(pin, hash, &cd, sizeof cd) == NULL || cd.output[0] == '*') {
		staff_wipe(&cd, sizeof cd);
		return false;
	}
	n = strlen(hash);
	ok = strlen(cd.output) == n;
	for (size_t i = 0; ok && i < n; i++)
		diff |= (unsigned char)(cd.output[i] ^ hash[i]);
	staff_wipe(&cd, sizeof cd);
	return ok && diff == 0;
}

/* Whether any staff member has a PIN: without one nobody can log in, which
 * the kiosk says rather than counting tries no one could win. */
static enum hd_status
staff_login_any_pin(struct hubdesk *hd, bool *any, char **err)
{
	struct staff_member *v;
	size_t n;

	*any = false;
	if (store_staff_list(hd->store, &v, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n; i++)
		*any |= v[i].has_pin;
	free(v);
	return HD_OK;
}

/* Inside the transaction: *ok when name and pin match. */
static enum hd_status
staff_login_check(struct hubdesk *hd, const char *name, const char *pin, struct staff_member *out,
    bool *ok, char **err)
{
	char hash[STAFF_HASH_MAX];
	bool found, has_hash = false;
	enum hd_status rc;

	if ((rc = staff_find(hd, name, out, &found, err)) != HD_OK)
		return rc;
	if (found) {
		switch (store_staff_hash(hd->store, out->id, hash, sizeof hash)) {
		case STORE_OK:
			has_hash = true;
			break;
		case STORE_NOTFOUND:
			break;
		default:
			return domain_store_fail(hd, err);
		}
	}
	*ok = staff_login_matches(has_hash ? hash : NULL, pin);
	staff_wipe(hash, sizeof hash);
	return HD_OK;
}

enum hd_status
staff_login(struct hubdesk *hd, const char *name, const char *pin, struct staff_member *out,
    char **err)
{
	struct staff_lockout l, next;
	enum hd_status rc;
	bool any, ok = false;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_staff_lockout_get(hd->store, &l) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if (hd->now < l.paused_until)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("too many wrong tries; try again "
		    "in %ld s"), (long)(l.paused_until - hd->now)));
	if ((rc = staff_login_any_pin(hd, &any, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (!any)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("no staff member has a PIN yet; "
		    "an administrator sets one on the command line" "\037"
		    "run 'hubdesk staff add NAME --admin', then 'hubdesk staff pin NAME'")));
	/* A slip of the finger is not a guess: it costs no try. */
	if (!staff_pin_valid(pin))
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("a staff PIN is %d to %d digits"),
		    STAFF_PIN_MIN, STAFF_PIN_MAX));
	if ((rc = staff_login_check(hd, name, pin, out, &ok, err)) != HD_OK)
		return domain_abort(hd, rc);
	next = ok ? (struct staff_lockout){ 0, 0, 0 } : staff_lockout_wrong(l, hd->now);
	if ((next.failures != l.failures || next.pauses != l.pauses ||
	    next.paused_until != l.paused_until) && store_staff_lockout_set(hd->store, &next) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (ok)
		return HD_OK;
	if (next.failures > 0)
		return hd_fail(err, HD_REFUSED, ngettext("wrong name or PIN; %d try left before a "
		    "pause", "wrong name or PIN; %d tries left before a pause",
		    (unsigned long)(STAFF_TRIES - next.failures)), STAFF_TRIES - next.failures);
	return hd_fail(err, HD_REFUSED, _("wrong name or PIN %d times; the staff screens are closed "
	    "for %ld s"), STAFF_TRIES, (long)(next.paused_until - hd->now));
}
