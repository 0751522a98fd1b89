/* hd_fail: the one way domain calls produce an error message. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/status.h"
#include "hubdesk/xmalloc.h"

enum hd_status
hd_fail(char **err, enum hd_status code, const char *fmt, ...)
{
	va_list ap, ap2;
	int len;

	if (err == NULL)
		return code;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		len = 0;
	free(*err);
	*err = xmalloc((size_t)len + 1);
	vsnprintf(*err, (size_t)len + 1, fmt, ap2);
	va_end(ap2);
	return code;
}

size_t
hd_reason_len(const char *msg)
{
	return strcspn(msg, HD_HINT);
}

const char *
hd_hint(const char *msg)
{
	const char *sep = strchr(msg, HD_HINT[0]);

	return sep != NULL ? sep + 1 : NULL;
}
