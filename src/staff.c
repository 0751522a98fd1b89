/* Staff members (see staff.h): added, listed, removed, their PINs set. All
 * of it is the administrator's. A PIN is hashed with yescrypt and a fresh
 * salt; it is never stored or printed, and the buffers that held it are
 * cleared. */
#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/ids.h"
#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "hubdesk/text.h"
#include "domain.h"
#include "staff-internal.h"

bool
staff_pin_valid(const char *pin)
{
	size_t n = pin != NULL ? strlen(pin) : 0;

	return n >= STAFF_PIN_MIN && n <= STAFF_PIN_MAX && strspn(pin, "0123456789") == n;
}

void
staff_wipe(void *p, size_t n)
{
	volatile unsigned char *v = p;

	while (n-- > 0)
		*v++ = 0;
}

enum hd_status
staff_find(struct hubdesk *hd, const char *name, struct staff_member *out, bool *found,
    char **err)
{
	struct staff_member *v;
	char typed[HD_TEXT], known[HD_TEXT];
	size_t n;

	*found = false;
	if (name == NULL)
		return HD_OK;
	/* Whatever spaces the name was typed with, its words are compared. */
	text_squeeze(name, typed);
	if (store_staff_list(hd->store, &v, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n && !*found; i++) {
		text_squeeze(v[i].name, known);
		if (text_same_folded(known, typed)) {
			*out = v[i];
			*found = true;
		}
	}
	free(v);
	return HD_OK;
}

/* The administrator's check, then the write lock. */
static enum hd_status
staff_begin(struct hubdesk *hd, const char *what, char **err)
{
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_require_admin(hd, what, err)) != HD_OK)
		return rc;
	return domain_begin(hd, err);
}

static enum hd_status
staff_unknown(struct hubdesk *hd, const char *name, char **err)
{
	char safe[TEXT_SAFE];

	return domain_abort(hd, hd_fail(err, HD_REFUSED, _("no staff member is named '%s'"
	    "\037" "'hubdesk staff list' shows them"), text_safe(name, safe)));
}

enum hd_status
staff_add(struct hubdesk *hd, const char *name, bool is_admin, struct staff_member *out,
    char **err)
{
	struct staff_member m, other;
	char safe[TEXT_SAFE];
	enum hd_status rc;
	bool found;

	memset(&m, 0, sizeof m);
	/* Folded as members' names are, so that the name typed at F9 matches. */
	if ((rc = text_clean_name(name, _("the name"), HD_NAME_CHARS, true, m.name, err)) != HD_OK)
		return rc;
	if ((rc = staff_begin(hd, _("add staff members"), err)) != HD_OK)
		return rc;
	if ((rc = staff_find(hd, m.name, &other, &found, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (found)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("a staff member is already named "
		    "'%s'; give another name"), text_safe(other.name, safe)));
	ids_uuid_new(m.uuid);
	m.is_admin = is_admin;
	m.created_at = hd->now;
	if (store_staff_insert(hd->store, &m) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = m;
	return HD_OK;
}

enum hd_status
staff_remove(struct hubdesk *hd, const char *name, char **err)
{
	struct staff_member m;
	enum hd_status rc;
	bool found;

	if ((rc = staff_begin(hd, _("remove staff members"), err)) != HD_OK)
		return rc;
	if ((rc = staff_find(hd, name, &m, &found, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (!found)
		return staff_unknown(hd, name, err);
	if (store_staff_delete(hd->store, m.id) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	return domain_commit(hd, err);
}

enum hd_status
staff_set_pin(struct hubdesk *hd, const char *name, const char *pin, char **err)
{
	struct crypt_data cd;
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	struct staff_member m;
	enum hd_status rc;
	bool found;

	if (!staff_pin_valid(pin))
		return hd_fail(err, HD_INVALID, _("a staff PIN is %d to %d digits"), STAFF_PIN_MIN,
		    STAFF_PIN_MAX);
	memset(&cd, 0, sizeof cd);
	/* Hashed before the write lock: yescrypt takes a while on purpose. */
	if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt) == NULL ||
	    crypt_rn(pin, salt, &cd, sizeof cd) == NULL || cd.output[0] == '*' ||
	    strlen(cd.output) >= STAFF_HASH_MAX) {
		staff_wipe(&cd, sizeof cd);
		return hd_fail(err, HD_STORE, _("cannot hash the PIN: yescrypt is not available"));
	}
	if ((rc = staff_begin(hd, _("set staff PINs"), err)) != HD_OK) {
		staff_wipe(&cd, sizeof cd);
		return rc;
	}
	if ((rc = staff_find(hd, name, &m, &found, err)) == HD_OK && found &&
	    store_staff_set_hash(hd->store, m.id, cd.output) != STORE_OK)
		rc = domain_store_fail(hd, err);
	staff_wipe(&cd, sizeof cd);
	if (rc != HD_OK)
		return domain_abort(hd, rc);
	if (!found)
		return staff_unknown(hd, name, err);
	return domain_commit(hd, err);
}

enum hd_status
staff_list(struct hubdesk *hd, struct staff_member **out, size_t *n, struct staff_lockout *lock,
    char **err)
{
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	if ((rc = hub_require(hd, err)) != HD_OK ||
	    (rc = domain_require_admin(hd, _("list the staff"), err)) != HD_OK)
		return rc;
	if (store_staff_list(hd->store, out, n) != STORE_OK ||
	    store_staff_lockout_get(hd->store, lock) != STORE_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
		return domain_store_fail(hd, err);
	}
	return HD_OK;
}

enum hd_status
staff_role_of(struct hubdesk *hd, const char *name, enum hd_role *role, char **err)
{
	struct staff_member m;
	enum hd_status rc;
	bool found;

	*role = HD_ROLE_KIOSK;
	if ((rc = staff_find(hd, name, &m, &found, err)) != HD_OK)
		return rc;
	if (found)
		*role = m.is_admin ? HD_ROLE_ADMIN : HD_ROLE_STAFF;
	return HD_OK;
}

enum hd_status
staff_get(struct hubdesk *hd, const char *name, struct staff_member *out, char **err)
{
	char safe[TEXT_SAFE];
	enum hd_status rc;
	bool found;

	if ((rc = staff_find(hd, name, out, &found, err)) != HD_OK)
		return rc;
	if (!found)
		return hd_fail(err, HD_REFUSED, _("no staff member is named '%s'" "\037"
		    "'hubdesk staff list' shows them"), text_safe(name, safe));
	return HD_OK;
}

enum hd_status
staff_pin_hash(struct hubdesk *hd, const char *name, char *hash, char **err)
{
	struct staff_member m;
	enum hd_status rc;
	bool found;

	if ((rc = staff_find(hd, name, &m, &found, err)) != HD_OK)
		return rc;
	if (!found)
		return hd_fail(err, HD_REFUSED, _("no staff member of that name"));
	switch (store_staff_hash(hd->store, m.id, hash, STAFF_HASH_MAX)) {
	case STORE_OK:
		return HD_OK;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("no PIN is set"));
	default:
		return domain_store_fail(hd, err);
	}
}
