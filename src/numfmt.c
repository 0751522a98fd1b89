/* Numbers for machines, whatever the locale (see numfmt.h). */
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/numfmt.h"
#include "hubdesk/xmalloc.h"

/* The "C" locale object, made once and kept for the life of the process:
 * glibc hands out a built-in object for "C" without allocating, so there is
 * nothing to free. */
static locale_t
numfmt_c(void)
{
	static locale_t c;

	if (c == (locale_t)0) {
		c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
		if (c == (locale_t)0)
			fatal("cannot make the C locale for numbers");
	}
	return c;
}

int
numfmt_fprintf(FILE *out, const char *fmt, ...)
{
	locale_t old = uselocale(numfmt_c());
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(out, fmt, ap);
	va_end(ap);
	uselocale(old);
	return n;
}

int
numfmt_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	locale_t old = uselocale(numfmt_c());
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	uselocale(old);
	return n;
}

char *
numfmt_fixed(char buf[static NUMFMT_MAX], double v, int places, bool trim)
{
	size_t n;

	if (!isfinite(v))
		v = 0;
	if (places < 0)
		places = 0;
	if (places > 9)
		places = 9;
	numfmt_snprintf(buf, NUMFMT_MAX, "%.*f", places, v);
	n = strlen(buf);
	if (trim && places > 0) {
		while (buf[n - 1] == '0')
			buf[--n] = '\0';
		if (buf[n - 1] == '.')
			buf[--n] = '\0';
	}
	/* -0.00001 rounds to "-0.0000": a value that is 0 as written is 0. */
	if (buf[0] == '-' && strspn(buf + 1, "0.") == n - 1)
		memmove(buf, buf + 1, n);
	return buf;
}

double
numfmt_strtod(const char *s, char **end)
{
	locale_t old = uselocale(numfmt_c());
	double v = strtod(s, end);

	uselocale(old);
	return v;
}
