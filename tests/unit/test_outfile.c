/* --output written whole or not at all: the failures between the open and
 * the rename leave the target as it was and no temporary file behind. */
#include <dirent.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "hubdesk/outfile.h"
#include "test.h"

/* How many entries dir holds, . and .. left out. */
static int
outfile_test_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

static void
outfile_test_rm(const char *dir)
{
	char cmd[300];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("    could not remove %s\n", dir);
}

TEST(outfile_a_target_that_becomes_a_folder_is_left_alone)
{
	char dir[] = "/tmp/hubdesk-outfile-XXXXXX", path[64];
	struct outfile o;
	struct stat sb;
	char *err = NULL;

	REQUIRE(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/report.csv", dir);
	REQUIRE(outfile_open(&o, path, NULL, false, &err) == HD_OK);
	fputs("a,b\n", o.f);
	/* Someone takes the name while the report is written. */
	REQUIRE(mkdir(path, 0700) == 0);
	CHECK_INT(outfile_commit(&o, &err), HD_INVALID);
	CHECK(err != NULL && strstr(err, "is a directory") != NULL);
	CHECK(stat(path, &sb) == 0 && S_ISDIR(sb.st_mode));
	CHECK_INT(outfile_test_entries(dir), 1);
	/* And a folder named from the start is refused at the open. */
	CHECK_INT(outfile_open(&o, path, NULL, false, &err), HD_INVALID);
	CHECK(o.f == NULL && o.tmp == NULL);
	free(err);
	outfile_test_rm(dir);
}

TEST(outfile_a_failed_write_or_a_missing_folder_is_a_storage_error)
{
	char dir[] = "/tmp/hubdesk-outfile-XXXXXX", path[64];
	struct outfile o;
	char *err = NULL;

	REQUIRE(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/no/such/folder.json", dir);
	CHECK_INT(outfile_open(&o, path, NULL, false, &err), HD_STORE);
	CHECK(err != NULL && strstr(err, "cannot write") != NULL && strstr(err, "check --output"));
	snprintf(path, sizeof path, "%s/dump.json", dir);
	REQUIRE(outfile_open(&o, path, NULL, true, &err) == HD_OK);
	/* The file's descriptor gone under it: the writes fail. */
	close(fileno(o.f));
	fputs("{}\n", o.f);
	CHECK_INT(outfile_commit(&o, &err), HD_STORE);
	CHECK(err != NULL && strstr(err, "the file is left as it was") != NULL);
	CHECK(access(path, F_OK) != 0);
	CHECK_INT(outfile_test_entries(dir), 0);
	CHECK(o.f == NULL && o.tmp == NULL && o.path == NULL);
	free(err);
	outfile_test_rm(dir);
}

TEST(outfile_abort_removes_the_temporary_file)
{
	char dir[] = "/tmp/hubdesk-outfile-XXXXXX", path[64];
	struct outfile o;
	FILE *f;
	char line[16] = "";
	char *err = NULL;

	REQUIRE(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/report.html", dir);
	REQUIRE((f = fopen(path, "w")) != NULL);
	fputs("old\n", f);
	fclose(f);
	REQUIRE(outfile_open(&o, path, NULL, false, &err) == HD_OK);
	fputs("new\n", o.f);
	CHECK_INT(outfile_test_entries(dir), 2);
	outfile_abort(&o);
	CHECK_INT(outfile_test_entries(dir), 1);
	REQUIRE((f = fopen(path, "r")) != NULL);
	CHECK(fgets(line, sizeof line, f) != NULL);
	fclose(f);
	CHECK_STR(line, "old\n");
	CHECK_STR(outfile_format(path), "html");
	free(err);
	outfile_test_rm(dir);
}

TEST(outfile_refuses_a_socket)
{
	char dir[] = "/tmp/hubdesk-outfile-XXXXXX";
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd;
	char *err = NULL;

	REQUIRE(mkdtemp(dir) != NULL);
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s/s.csv", dir);
	REQUIRE((fd = socket(AF_UNIX, SOCK_STREAM, 0)) >= 0);
	REQUIRE(bind(fd, (struct sockaddr *)&sa, sizeof sa) == 0);
	CHECK_INT(outfile_check(sa.sun_path, NULL, &err), HD_INVALID);
	CHECK(err != NULL && strstr(err, "is not a regular file") != NULL);
	close(fd);
	free(err);
	outfile_test_rm(dir);
}
