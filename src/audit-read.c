/* The audit log's reading side (see audit.h): the rows of a span for staff
 * and the administrator, and what a row's detail says to a person. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/json.h"
#include "hubdesk/store.h"
#include "domain.h"

enum hd_status
audit_list(struct hubdesk *hd, time_t from, time_t to, struct audit_row **out, size_t *n,
    char **err)
{
	*out = NULL;
	*n = 0;
	/* The log says who worked when: not for the public screens. */
	if (hd->role != HD_ROLE_STAFF && hd->role != HD_ROLE_ADMIN)
		return hd_fail(err, HD_REFUSED, _("only staff and the hub's administrator may read "
		    "the audit log"));
	if (store_audit_list(hd->store, from, to, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

void
audit_rows_free(struct audit_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].detail);
	free(rows);
}

const char *
audit_detail_text(const struct audit_row *r, char *buf, size_t size)
{
	struct json *j;
	char *bad = NULL;
	double count = -1;

	if (r->detail == NULL)
		return "";
	if (strcmp(r->action, "kiosk.unknown-codes") != 0)
		return r->detail;
	if ((j = json_parse(r->detail, strlen(r->detail), &bad)) != NULL)
		count = json_number(j, "count", -1);
	json_free(j);
	free(bad);
	if (count < 0)
		return r->detail;
	snprintf(buf, size, ngettext("%ld unknown code at kiosk %s in the hour",
	    "%ld unknown codes at kiosk %s in the hour", (unsigned long)count), (long)count,
	    r->subject);
	return buf;
}
