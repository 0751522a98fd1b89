/* Finnish public holidays (Easter and Whit Sunday included, though they
 * fall on Sundays anyway), and the customary closed days Midsummer Eve and
 * Christmas Eve: the days a hub is closed by default. Computed per year,
 * Easter included, so they need no table to keep up to date. */
#ifndef HUBDESK_HOLIDAYS_H
#define HUBDESK_HOLIDAYS_H

#include "hubdesk/caltime.h"

/* The English name of the holiday on d, or NULL when d is none. */
const char *holiday_fi(struct local_date d);
/* Easter Sunday of a Gregorian year. */
struct local_date holiday_easter(int year);

#endif
