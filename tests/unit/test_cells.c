/* The small-cell rule: which cells of a breakdown may be published. */
#include <string.h>

#include "hubdesk/cells.h"
#include "test.h"

TEST(cells_fold_small_ones_until_other_has_three)
{
	struct stats_month m;

	memset(&m, 0, sizeof m);
	/* remote-employee 5, entrepreneur 1, student 1: other would hold 2, so
	 * the next smallest goes with them. */
	m.category_unique[0] = 5, m.category_visits[0] = 9;
	m.category_unique[1] = 1, m.category_visits[1] = 1;
	m.category_unique[2] = 1, m.category_visits[2] = 2;
	m.unique_visitors = 7;
	cells_publish(&m);
	CHECK(!m.withheld.categories);
	CHECK_INT(m.category_unique[3], 7);
	CHECK_INT(m.category_visits[3], 12);
	CHECK_INT(m.category_unique[0] + m.category_unique[1] + m.category_unique[2], 0);
	/* Two people in all: nothing to combine them with. */
	memset(&m, 0, sizeof m);
	m.category_unique[0] = 2, m.category_visits[0] = 2;
	m.unique_visitors = 2;
	m.municipalities[0] = (struct stats_count){ "Kuortane", 2 };
	m.nmunicipalities = 1;
	cells_publish(&m);
	CHECK(m.withheld.categories && m.withheld.municipalities && m.withheld.from_elsewhere);
	CHECK_INT(m.nmunicipalities, 0);
}

TEST(cells_withhold_overlapping_cells_whose_rest_is_small)
{
	struct cells_people p = { 0 };
	bool marked[3] = { false };

	/* Cell 0 by A, B, C; cell 1 by A, B, C, D; cell 2 by A alone. */
	for (int person = 1; person <= 3; person++)
		cells_people_add(&p, 0, person);
	for (int person = 1; person <= 4; person++)
		cells_people_add(&p, 1, person);
	cells_people_add(&p, 2, 1);
	cells_people_add(&p, 2, 1); /* A twice in one cell is one person */
	CHECK(cells_choose_people(&p, 3, marked));
	CHECK(marked[2] && marked[0] && !marked[1]);
	cells_people_free(&p);
	/* Two people everywhere: withheld whole. */
	memset(marked, 0, sizeof marked);
	cells_people_add(&p, 0, 1);
	cells_people_add(&p, 1, 2);
	CHECK(!cells_choose_people(&p, 3, marked));
	cells_people_free(&p);
}
