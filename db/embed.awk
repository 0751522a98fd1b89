# Turns the numbered migrations db/NNN_*.sql into a C array, so that the
# binary carries its schema and needs no files beside it at run time.
# -v array=NAME names the array (default store_migrations): the central
# database's db/central/NNN_*.sql are central_migrations.
BEGIN {
    if (array == "") array = "store_migrations"
    print "/* Generated from NNN_name.sql files by db/embed.awk; do not edit. */"
    print "#include \"hubdesk/store.h\""
    print "const struct store_migration " array "[] = {"
}
FNR == 1 {
    if (NR > 1) print "    },"
    n = FILENAME; sub(/.*\//, "", n); lvl = n; sub(/_.*/, "", lvl); lvl += 0
    printf "    { %d, \"%s\",\n", lvl, n
}
{
    gsub(/\\/, "\\\\"); gsub(/"/, "\\\"")
    printf "      \"%s\\n\"\n", $0
}
END {
    if (NR > 0) print "    },"
    print "    { 0, 0, 0 }"
    print "};"
}
