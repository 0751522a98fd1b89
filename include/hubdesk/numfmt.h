/* Numbers for machines: what JSON, CSV, the dump and the HTML's SVG hold,
 * and what the JSON reader takes back, always with a decimal point. The
 * process follows the user's locale for its text, and fi_FI and sv_FI write
 * a decimal comma, so these never consult it: they run under a "C" locale
 * object of their own (uselocale), whatever setlocale said. Text for people
 * uses plain printf and may follow the locale. */
#ifndef HUBDESK_NUMFMT_H
#define HUBDESK_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Room for any double with up to 9 decimals, its sign and the NUL. */
#define NUMFMT_MAX 330

/* Writes v with `places` decimals (0 to 9) into buf and returns buf. NaN
 * and the infinities are written as 0, and -0 as 0. With trim, trailing
 * zeros and then a bare point are dropped: 4752.0000 is 4752, 0.2230 is
 * 0.223. */
char *numfmt_fixed(char buf[static NUMFMT_MAX], double v, int places, bool trim);

/* fprintf and snprintf whose %f, %g and %e write a decimal point. */
int numfmt_fprintf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int numfmt_snprintf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* strtod that reads a decimal point, and never a comma, as the fraction's
 * start. */
double numfmt_strtod(const char *s, char **end);

#endif
