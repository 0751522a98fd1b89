/* The small-cell rule (see cells.h): one function decides which cells of
 * any breakdown are withheld, for the public report, the dump and the
 * roll-up alike. */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cells.h"
#include "hubdesk/xmalloc.h"

bool
cells_choose(int n, const int *people, bool *marked, cells_union_fn *union_of, void *arg)
{
	for (int i = 0; i < n; i++) {
		if (people[i] > 0 && people[i] < CELLS_MIN)
			marked[i] = true;
	}
	for (;;) {
		int together = union_of(marked, n, arg), fewest = -1;
		if (together == 0 || together >= CELLS_MIN)
			return true;
		/* The withheld cells could be told by subtraction: withhold the
		 * smallest published one with them. */
		for (int i = 0; i < n; i++) {
			if (!marked[i] && people[i] > 0 && (fewest < 0 || people[i] < people[fewest]))
				fewest = i;
		}
		if (fewest < 0)
			return false;
		marked[fewest] = true;
	}
}

void
cells_people_add(struct cells_people *p, int cell, int64_t person)
{
	if (p->n == p->cap) {
		p->cap = p->cap == 0 ? 256 : 2 * p->cap;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n++] = (struct cells_pair){ person, cell };
}

void
cells_people_free(struct cells_people *p)
{
	free(p->v);
	memset(p, 0, sizeof *p);
}

static int
cells_cmp_pair(const void *a, const void *b)
{
	const struct cells_pair *x = a, *y = b;

	if (x->person != y->person)
		return x->person < y->person ? -1 : 1;
	return (x->cell > y->cell) - (x->cell < y->cell);
}

/* People of the pairs (sorted by person) who make any marked cell. */
static int
cells_union_pairs(const bool *marked, int n, void *arg)
{
	const struct cells_people *p = arg;
	int together = 0;

	(void)n;
	for (size_t i = 0; i < p->n;) {
		size_t k = i;
		bool in = false;
		for (; k < p->n && p->v[k].person == p->v[i].person; k++)
			in = in || marked[p->v[k].cell];
		together += in;
		i = k;
	}
	return together;
}

bool
cells_choose_people(struct cells_people *p, int ncells, bool *marked)
{
	int *people = xcalloc((size_t)ncells + 1, sizeof *people);
	size_t k = 0;
	bool ok;

	if (p->n > 0) /* qsort is not given the NULL of an empty list */
		qsort(p->v, p->n, sizeof *p->v, cells_cmp_pair);
	/* One pair per person and cell. */
	for (size_t i = 0; i < p->n; i++) {
		if (k > 0 && p->v[i].person == p->v[k - 1].person && p->v[i].cell == p->v[k - 1].cell)
			continue;
		p->v[k++] = p->v[i];
		people[p->v[i].cell]++;
	}
	p->n = k;
	ok = cells_choose(ncells, people, marked, cells_union_pairs, p);
	free(people);
	return ok;
}

/* In a partition nobody is in two cells: the people of marked cells add up. */
static int
cells_union_sum(const bool *marked, int n, void *arg)
{
	const int *people = arg;
	int together = 0;

	for (int i = 0; i < n; i++)
		together += marked[i] ? people[i] : 0;
	return together;
}

static bool
cells_choose_partition(int n, const int *people, bool *marked)
{
	return cells_choose(n, people, marked, cells_union_sum, (void *)people);
}

static void
cells_categories(struct stats_month *m)
{
	const int other = STATS_CATEGORIES - 1;
	bool marked[STATS_CATEGORIES] = { [STATS_CATEGORIES - 1] = true };

	if (m->withheld.categories ||
	    !cells_choose_partition(STATS_CATEGORIES, m->category_unique, marked)) {
		m->withheld.categories = true;
		memset(m->category_unique, 0, sizeof m->category_unique);
		memset(m->category_visits, 0, sizeof m->category_visits);
		return;
	}
	for (int i = 0; i < other; i++) {
		if (!marked[i])
			continue;
		m->category_unique[other] += m->category_unique[i];
		m->category_visits[other] += m->category_visits[i];
		m->category_unique[i] = m->category_visits[i] = 0;
	}
}

static void
cells_municipalities(struct stats_month *m)
{
	int people[STATS_MAX_NAMES], n = m->nmunicipalities, k = 0, other = 0;
	bool marked[STATS_MAX_NAMES] = { false };

	for (int i = 0; i < n; i++) {
		people[i] = (int)m->municipalities[i].value;
		marked[i] = strcmp(m->municipalities[i].name, "other") == 0;
	}
	if (m->withheld.municipalities || !cells_choose_partition(n, people, marked)) {
		m->withheld.municipalities = true;
		m->nmunicipalities = 0;
		return;
	}
	for (int i = 0; i < n; i++) {
		if (marked[i])
			other += people[i];
		else
			m->municipalities[k++] = m->municipalities[i];
	}
	if (other > 0) {
		memset(&m->municipalities[k], 0, sizeof m->municipalities[k]);
		strcpy(m->municipalities[k].name, "other");
		m->municipalities[k++].value = other;
	}
	m->nmunicipalities = k;
	stats_sort_counts(m->municipalities, k);
}

/* from_elsewhere splits the unique visitors in two: from elsewhere, and
 * from the hub's own municipality or unknown. */
static void
cells_from_elsewhere(struct stats_month *m)
{
	int people[2] = { m->from_elsewhere, m->unique_visitors - m->from_elsewhere };
	bool marked[2] = { false, false };

	if (m->withheld.from_elsewhere || !cells_choose_partition(2, people, marked) ||
	    marked[0] || marked[1]) {
		m->withheld.from_elsewhere = true;
		m->from_elsewhere = 0;
	}
}

void
cells_publish(struct stats_month *m)
{
	struct stats_withheld *w = &m->withheld;

	w->heat_all = w->heat_all || m->unsafe.heat_all;
	w->days_all = w->days_all || m->unsafe.days_all;
	w->rooms_all = w->rooms_all || m->unsafe.rooms_all;
	w->peak = w->peak || m->unsafe.peak || (m->peak_presence > 0 && m->peak_presence < CELLS_MIN);
	w->categories = w->categories || m->unsafe.categories;
	w->municipalities = w->municipalities || m->unsafe.municipalities;
	w->from_elsewhere = w->from_elsewhere || m->unsafe.from_elsewhere;
	for (int c = 0; c < 7 * 24; c++) {
		w->heat[c] = w->heat_all || w->heat[c] || m->unsafe.heat[c];
		if (w->heat[c])
			m->heat[c / 24][c % 24] = 0;
	}
	for (int d = 0; d < 31; d++) {
		w->day[d] = w->days_all || w->day[d] || m->unsafe.day[d];
		if (w->day[d])
			m->occupied[d] = 0;
	}
	for (int r = 0; r < m->nrooms; r++) {
		w->room[r] = w->rooms_all || w->room[r] || m->unsafe.room[r];
		if (w->room[r])
			m->rooms[r].value = 0;
	}
	if (w->peak) {
		m->peak_at = 0;
		m->peak_label[0] = '\0';
	}
	cells_categories(m);
	cells_municipalities(m);
	cells_from_elsewhere(m);
}
