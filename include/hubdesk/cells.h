/* The small-cell rule: no published figure may describe one or two people.
 * A breakdown splits a total into cells, each made by some people; a cell
 * made by 1 or 2 of them is withheld (or, where the cells share nobody,
 * folded into "other"), and so are more cells, fewest people first, until
 * the withheld ones together are made by at least CELLS_MIN people or by
 * none, since the total less the published cells gives their sum. Where
 * that is impossible the whole breakdown is withheld; the totals stay. */
#ifndef HUBDESK_CELLS_H
#define HUBDESK_CELLS_H

#include <stdbool.h>
#include <stdint.h>

#include "hubdesk/stats.h"

#define CELLS_MIN 3

/* How many distinct people make the marked cells together. */
typedef int cells_union_fn(const bool *marked, int n, void *arg);

/* n cells, people[i] making cell i; marked[i] true on entry for a cell
 * that is withheld anyway (the "other" a partition folds into). Marks the
 * cells to withhold; false when the breakdown must be withheld whole. */
bool cells_choose(int n, const int *people, bool *marked, cells_union_fn *union_of, void *arg);

/* People as (cell, person) pairs, for cells that may share people (an
 * hour of the week, a day, a room); the pairs are owned by the list. */
struct cells_people {
	struct cells_pair { int64_t person; int cell; } *v;
	size_t n, cap;
};
void cells_people_add(struct cells_people *p, int cell, int64_t person);
/* Chooses as above over ncells cells, counting each cell's people from p. */
bool cells_choose_people(struct cells_people *p, int ncells, bool *marked);
void cells_people_free(struct cells_people *p);

/* Makes m what may be published: the partitions (categories, home
 * municipalities, from_elsewhere) judged from their counts and folded, the
 * cells stats_month (or a dump) found unsafe withheld, peak_at withheld when
 * fewer than CELLS_MIN people made the peak. Withheld values are zeroed and
 * flagged in m->withheld, which every printer shows as withheld (null in
 * JSON). Applying it twice changes nothing. */
void cells_publish(struct stats_month *m);

#endif
