/* completion bash: the bash completion script, written from the command
 * table that --help prints (cli_commands[], each family's subs), so that
 * a new command or option is completed as soon as its usage names it. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"

/* Options with a name this long or longer are not ours. */
#define COMPL_NAME_MAX 32

/* One option found in a usage: its name, and after it the values it takes
 * ("text|csv|json": lower-case words joined by |) or a file (FILE, PATH). */
struct compl_opt {
	char name[COMPL_NAME_MAX];
	char values[96];
	bool file;
	bool takes; /* a value follows: "--db PATH", "--now \"…\"" */
};

/* Reads the option at s ("--format text|csv|json]…", s past the dashes)
 * into o; returns where the scan goes on. */
static const char *
compl_read_opt(const char *s, struct compl_opt *o)
{
	size_t n = 0, v = 0;
	const char *t;

	memset(o, 0, sizeof *o);
	while ((islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-') &&
	    n + 1 < sizeof o->name)
		o->name[n++] = *s++;
	if (*s != ' ')
		return s;
	t = s + 1;
	o->takes = *t != ' ' && *t != '-' && *t != '[' && *t != '\0';
	if (strncmp(t, "FILE", 4) == 0 || strncmp(t, "PATH", 4) == 0) {
		o->file = true;
		return t;
	}
	while ((islower((unsigned char)t[v]) || t[v] == '|' || t[v] == '-') && v + 1 < sizeof o->values)
		v++;
	/* A word alone is a placeholder's kind of value (HH:MM, D), not a list. */
	if (v > 0 && memchr(t, '|', v) != NULL && strchr(" ]", t[v]) != NULL) {
		memcpy(o->values, t, v);
		for (size_t i = 0; i < v; i++)
			o->values[i] = o->values[i] == '|' ? ' ' : o->values[i];
	}
	return t;
}

/* Calls each(o, arg) for every distinct option named in text, --help last. */
static void
compl_each_opt(const char *text, void (*each)(const struct compl_opt *, void *), void *arg)
{
	char seen[1024] = " ";
	struct compl_opt o;
	char key[COMPL_NAME_MAX + 2];

	for (const char *s = text; (s = strstr(s, "--")) != NULL;) {
		s = compl_read_opt(s + 2, &o);
		snprintf(key, sizeof key, "%s ", o.name);
		if (o.name[0] == '\0' || strcmp(o.name, "help") == 0 || strstr(seen, key) != NULL ||
		    strlen(seen) + strlen(key) + 1 >= sizeof seen)
			continue;
		strcat(seen, key);
		each(&o, arg);
	}
	memset(&o, 0, sizeof o);
	strcpy(o.name, "help");
	each(&o, arg);
}

static void
compl_print_name(const struct compl_opt *o, void *arg)
{
	fprintf(arg, " --%s", o->name);
}

/* One line of the script's case on "KEY:PREVIOUS WORD" for an option
 * that takes listed values or a file. */
static void
compl_print_value(const struct compl_opt *o, void *arg)
{
	const char *key = arg;

	if (o->values[0] != '\0')
		printf("\t'%s:--%s') COMPREPLY=($(compgen -W '%s' -- \"$cur\")); return ;;\n", key,
		    o->name, o->values);
	else if (o->file)
		printf("\t'%s:--%s') _filedir; return ;;\n", key, o->name);
}

/* The words of a command key ("book", "member add") in the script. */
static void
compl_print_command(const struct cli_command *cmd)
{
	printf("\t'%s') opts='", cmd->name);
	compl_each_opt(cmd->usage, compl_print_name, stdout);
	printf(" ' ;;\n");
}

static void
compl_print_takes(const struct compl_opt *o, void *arg)
{
	if (o->takes)
		printf("%s--%s", (*(int *)arg)++ ? "|" : "", o->name);
}

static void
compl_print_values(const struct cli_command *cmd)
{
	compl_each_opt(cmd->usage, compl_print_value, (void *)cmd->name);
}

/* Calls fn for every command that takes options: each command that is no
 * family, and each family's sub-commands. */
static void
compl_each_command(void (*fn)(const struct cli_command *))
{
	for (int i = 0; cli_commands[i] != NULL; i++) {
		const struct cli_command *const *subs = cli_subs(cli_commands[i]);

		if (subs == NULL)
			fn(cli_commands[i]);
		for (int j = 0; subs != NULL && subs[j] != NULL; j++) {
			/* A family within a family (member key): its own subs. */
			const struct cli_command *const *nested = cli_subs(subs[j]);
			if (nested == NULL)
				fn(subs[j]);
			for (int k = 0; nested != NULL && nested[k] != NULL; k++)
				fn(nested[k]);
		}
	}
}

/* Removes from text the lines "  NAME summary" of the command list. */
static void
compl_drop_command_lines(char *text)
{
	char *line = text, *end, *to = text;

	for (; *line != '\0'; line = end) {
		bool command = false;

		end = strchr(line, '\n');
		end = end != NULL ? end + 1 : line + strlen(line);
		for (int i = 0; cli_commands[i] != NULL && !command; i++) {
			size_t n = strlen(cli_commands[i]->name);

			command = strncmp(line, "  ", 2) == 0 &&
			    strncmp(line + 2, cli_commands[i]->name, n) == 0 && line[2 + n] == ' ';
		}
		if (!command) {
			memmove(to, line, (size_t)(end - line));
			to += end - line;
		}
	}
	*to = '\0';
}

static void
compl_write_bash(void)
{
	char *help = NULL, langs[32] = "";
	size_t len = 0;
	int ntakes = 0;
	FILE *mem = open_memstream(&help, &len);

	/* The global options are the ones `hubdesk --help` names outside its
	 * list of commands, whose summaries name some of theirs. */
	if (mem == NULL)
		return;
	cli_print_help(mem);
	fclose(mem);
	compl_drop_command_lines(help);
	for (int l = 0; l < HD_LANG_COUNT; l++)
		snprintf(langs + strlen(langs), sizeof langs - strlen(langs), "%s%s", l ? " " : "",
		    i18n_code((enum hd_lang)l));

	fputs("# bash completion for hubdesk, written by 'hubdesk completion bash' from its\n"
	    "# command table: commands, sub-commands, options and the values they list.\n"
	    "_hubdesk()\n{\n"
	    "\tlocal cur prev words cword i w cmd= ci=0 key opts=\n"
	    "\t_init_completion || return\n"
	    "\t# The command is the first word that is no global option nor its value.\n"
	    "\tfor ((i = 1; i < cword; i++)); do\n"
	    "\t\tw=${words[i]}\n"
	    "\t\tcase $w in\n"
	    "\t\t", stdout);
	compl_each_opt(help, compl_print_takes, &ntakes);
	fputs(") ((i++)) ;;\n"
	    "\t\t-*) ;;\n"
	    "\t\t*) cmd=$w ci=$i; break ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tkey=$cmd\n"
	    "\tcase $cmd in\n", stdout);
	for (int i = 0; cli_commands[i] != NULL; i++) {
		const struct cli_command *c = cli_commands[i];

		const struct cli_command *const *subs = cli_subs(c);

		if (subs == NULL)
			continue;
		printf("\t%s)\n\t\tif ((cword == ci + 1)); then\n"
		    "\t\t\tCOMPREPLY=($(compgen -W '", c->name);
		for (int j = 0; subs[j] != NULL; j++)
			printf("%s%s", j ? " " : "", subs[j]->name + strlen(c->name) + 1);
		printf(" --help' -- \"$cur\"))\n\t\t\treturn\n\t\tfi\n"
		    "\t\tkey=\"$cmd ${words[ci + 1]}\"\n");
		for (int j = 0; subs[j] != NULL; j++) {
			const struct cli_command *const *nested = cli_subs(subs[j]);
			const char *word = subs[j]->name + strlen(c->name) + 1;

			if (nested == NULL)
				continue;
			printf("\t\tif [[ ${words[ci + 1]} == %s ]]; then\n"
			    "\t\t\tif ((cword == ci + 2)); then\n"
			    "\t\t\t\tCOMPREPLY=($(compgen -W '", word);
			for (int k = 0; nested[k] != NULL; k++)
				printf("%s%s", k ? " " : "", nested[k]->name + strlen(subs[j]->name) + 1);
			printf(" --help' -- \"$cur\"))\n\t\t\t\treturn\n\t\t\tfi\n"
			    "\t\t\tkey=\"$key ${words[ci + 2]}\"\n\t\tfi\n");
		}
		fputs("\t\t;;\n", stdout);
	}
	fputs("\tesac\n"
	    "\tcase \"$key:$prev\" in\n", stdout);
	printf("\t':--lang') COMPREPLY=($(compgen -W '%s' -- \"$cur\")); return ;;\n", langs);
	compl_each_opt(help, compl_print_value, "");
	compl_each_command(compl_print_values);
	fputs("\tesac\n"
	    "\tif [[ -z $cmd ]]; then\n"
	    "\t\tif [[ $cur == -* ]]; then\n"
	    "\t\t\tCOMPREPLY=($(compgen -W '", stdout);
	compl_each_opt(help, compl_print_name, stdout);
	fputs(" ' -- \"$cur\"))\n\t\telse\n\t\t\tCOMPREPLY=($(compgen -W '", stdout);
	for (int i = 0; cli_commands[i] != NULL; i++)
		printf("%s%s", i ? " " : "", cli_commands[i]->name);
	fputs("' -- \"$cur\"))\n\t\tfi\n\t\treturn\n\tfi\n"
	    "\tcase $key in\n", stdout);
	compl_each_command(compl_print_command);
	fputs("\tesac\n"
	    "\t# Positional arguments (a code, a file…) are left to the shell's default.\n"
	    "\t[[ $cur == -* || -z $cur ]] && COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
	    "} &&\n"
	    "\tcomplete -o default -F _hubdesk hubdesk\n", stdout);
	free(help);
}

static int
run_completion(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1] = { NULL };
	int rc;

	(void)cli;
	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0)
		return rc;
	if (strcmp(pos[0], "bash") != 0)
		return cli_usage_error(self, _("there is a completion for bash only"));
	compl_write_bash();
	return fflush(stdout) == 0 ? 0 : HD_STORE;
}

const struct cli_command cli_cmd_completion = {
	.name = "completion",
	.usage = "bash",
	.summary = N_("print the bash completion script (installed by make install)"),
	.help = N_("Put it in ~/.local/share/bash-completion/completions/hubdesk, or source it:\n"
	    "  source <(hubdesk completion bash)\n"),
	.run = run_completion,
};
