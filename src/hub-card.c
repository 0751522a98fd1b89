/* The hub's public card (see hub.h): what `hub edit` changes, and what a
 * monthly dump tells the network's directory about the hub: its spaces and
 * its free desks for the next two weeks, desks only, never who booked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"
#include "hubdesk/space.h"
#include "hubdesk/store.h"
#include "domain.h"

#define ADDRESS_CHARS 200
#define EMAIL_BYTES 254

/* An address a mail program takes: one @, something before it, a domain
 * with a dot not at either end, and no space, control or quoting character. */
static bool
email_ok(const char *s)
{
	const char *at = strchr(s, '@'), *dot;
	size_t n = strlen(s);

	if (n < 3 || n > EMAIL_BYTES || at == NULL || at == s || strchr(at + 1, '@') != NULL)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p <= ' ' || *p == 0x7f || strchr("\"(),:;<>[\\]", *p) != NULL)
			return false;
	dot = strrchr(at + 1, '.');
	return dot != NULL && dot != at + 1 && dot[1] != '\0' && dot[2] != '\0' &&
	    s[n - 1] != '.' && at[1] != '.';
}

enum hd_status
hub_edit(struct hubdesk *hd, const struct hub_card_edit *e, char **err)
{
	char name[HD_TEXT], address[HD_TEXT], email[HD_TEXT];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	snprintf(name, sizeof name, "%s", hd->hub.name);
	snprintf(address, sizeof address, "%s", hd->hub.address);
	snprintf(email, sizeof email, "%s", hd->hub.email);
	if (e->name != NULL &&
	    (rc = text_clean(e->name, _("the hub name"), HD_NAME_CHARS, true, name, err)) != HD_OK)
		return rc;
	if (e->address != NULL && (rc = text_clean(e->address, _("the address"), ADDRESS_CHARS,
	    false, address, err)) != HD_OK)
		return rc;
	if (e->email != NULL) {
		if ((rc = text_clean(e->email, _("the e-mail address"), EMAIL_BYTES, false, email,
		    err)) != HD_OK)
			return rc;
		if (email[0] != '\0' && !email_ok(email)) {
			char safe[TEXT_SAFE];
			return hd_fail(err, HD_INVALID, _("'%s' is not an e-mail address; write it as "
			    "name@example.fi"), text_safe(email, safe));
		}
		/* The only e-mail a dump may hold is the hub's own: a member's
		 * would leave the hub with every dump. */
		if (email[0] != '\0') {
			bool member;
			if (store_member_has_email(hd->store, email, &member) != STORE_OK)
				return domain_store_fail(hd, err);
			if (member)
				return hd_fail(err, HD_INVALID, _("that is a member's e-mail address; give the "
				    "hub's own (such as info@…), which goes to the network's directory"));
		}
	}
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_hub_set_card(hd->store, name, address, email) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	snprintf(hd->hub.name, sizeof hd->hub.name, "%s", name);
	snprintf(hd->hub.address, sizeof hd->hub.address, "%s", address);
	snprintf(hd->hub.email, sizeof hd->hub.email, "%s", email);
	return HD_OK;
}

enum hd_status
hub_card_of(struct hubdesk *hd, struct hub_card *out, char **err)
{
	struct local_date today;
	struct space *v;
	size_t n;
	int minute;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if (store_space_list(hd->store, false, &v, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	/* In use now: not retired, and already counted in the figures. */
	for (size_t i = 0; i < n; i++) {
		if (v[i].retired || v[i].available_from > hd->now)
			continue;
		out->desks += strcmp(v[i].kind, "desk") == 0;
		out->rooms += strcmp(v[i].kind, "room") == 0;
		out->booths += strcmp(v[i].kind, "booth") == 0;
	}
	free(v);
	caltime_from_utc(hd->now, &today, &minute);
	for (int k = 0; k < HUB_FREE_DAYS; k++) {
		struct local_date d = caltime_add_days(today, k);
		time_t opens, closes;
		out->days[k].date = d;
		if (hub_day_open(hd, d, &opens, &closes, NULL) != HD_OK)
			continue;
		out->days[k].open = true;
		/* The very answer of `hubdesk free --date D --kind desk`. */
		if ((rc = booking_free(hd, d, -1, -1, "desk", &v, &n, err)) == HD_OK) {
			out->days[k].free = (int)n;
			free(v);
		} else if (rc != HD_REFUSED) {
			return rc;
		} else {
			free(*err);
			*err = NULL;
		}
	}
	return HD_OK;
}
