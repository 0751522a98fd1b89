/* The staff PIN (see staff.h). The hash is crypt(3)'s yescrypt with a
 * fresh salt; checking compares in constant time. The PIN is never stored
 * or printed, and the buffers that held it are cleared. */
#include <crypt.h>
#include <string.h>

#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "domain.h"

#define PIN_KEY STAFF_PIN_SETTING

static bool
pin_valid(const char *pin)
{
	size_t n = pin != NULL ? strlen(pin) : 0;

	return n >= STAFF_PIN_MIN && n <= STAFF_PIN_MAX && strspn(pin, "0123456789") == n;
}

static void
wipe(void *p, size_t n)
{
	volatile unsigned char *v = p;

	while (n-- > 0)
		*v++ = 0;
}

enum hd_status
staff_set_pin(struct hubdesk *hd, const char *pin, char **err)
{
	struct crypt_data cd;
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (!pin_valid(pin))
		return hd_fail(err, HD_INVALID, "a staff PIN is %d to %d digits", STAFF_PIN_MIN,
		    STAFF_PIN_MAX);
	memset(&cd, 0, sizeof cd);
	if (crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt) == NULL ||
	    crypt_rn(pin, salt, &cd, sizeof cd) == NULL || cd.output[0] == '*')
		return hd_fail(err, HD_STORE, "cannot hash the PIN: yescrypt is not available");
	if ((rc = domain_begin(hd, err)) != HD_OK) {
		wipe(&cd, sizeof cd);
		return rc;
	}
	if (store_setting_set(hd->store, PIN_KEY, cd.output) != STORE_OK) {
		wipe(&cd, sizeof cd);
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	wipe(&cd, sizeof cd);
	return domain_commit(hd, err);
}

bool
staff_has_pin(struct hubdesk *hd)
{
	char hash[CRYPT_OUTPUT_SIZE];

	return store_setting_get(hd->store, PIN_KEY, hash, sizeof hash) == STORE_OK;
}

/* True when pin hashes to the stored hash. */
static bool
pin_matches(const char *hash, const char *pin)
{
	struct crypt_data cd;
	unsigned char diff = 0;
	size_t n;
	bool ok;

	memset(&cd, 0, sizeof cd);
	if (crypt_rn(pin, hash, &cd, sizeof cd) == NULL || cd.output[0] == '*') {
		wipe(&cd, sizeof cd);
		return false;
	}
	n = strlen(hash);
	ok = strlen(cd.output) == n;
	for (size_t i = 0; ok && i < n; i++)
		diff |= (unsigned char)(cd.output[i] ^ hash[i]);
	wipe(&cd, sizeof cd);
	return ok && diff == 0;
}

enum hd_status
staff_try(struct hubdesk *hd, struct staff_gate *g, const char *pin, time_t now, char **err)
{
	char hash[CRYPT_OUTPUT_SIZE];

	switch (store_setting_get(hd->store, PIN_KEY, hash, sizeof hash)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, "no staff PIN is set; set one on the command line "
		    "first" HD_HINT "run 'hubdesk staff-pin'");
	default:
		return domain_store_fail(hd, err); /* a PIN unread is not a PIN unset */
	}
	if (now < g->paused_until)
		return hd_fail(err, HD_REFUSED, "too many wrong PINs; try again in %ld s",
		    (long)(g->paused_until - now));
	if (!pin_valid(pin))
		return hd_fail(err, HD_REFUSED, "a staff PIN is %d to %d digits", STAFF_PIN_MIN,
		    STAFF_PIN_MAX);
	if (pin_matches(hash, pin)) {
		g->failures = 0;
		g->pauses = 0;
		return HD_OK;
	}
	if (++g->failures < STAFF_TRIES)
		return hd_fail(err, HD_REFUSED, "wrong PIN; %d tries left before a pause",
		    STAFF_TRIES - g->failures);
	g->failures = 0;
	/* Doubling, but capped: a passer-by must not lock staff out for hours. */
	g->paused_until = now + ((time_t)STAFF_PAUSE << (g->pauses < 3 ? g->pauses : 3));
	g->pauses++;
	return hd_fail(err, HD_REFUSED, "wrong PIN %d times; the staff screens are closed for "
	    "%ld s", STAFF_TRIES, (long)(g->paused_until - now));
}
