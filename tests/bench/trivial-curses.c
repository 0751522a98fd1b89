/* The yardstick for start-up: the least an ncurses program does before its
 * first screen (set-up, one line, refresh), then it waits for a key. */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <locale.h>

int
main(void)
{
	setlocale(LC_ALL, "");
	initscr();
	cbreak();
	noecho();
	mvaddstr(10, 10, "trivial program ready");
	refresh();
	getch();
	endwin();
	return 0;
}
