# Turns the rows of db/010_municipalities.sql into a C array, so that names
# are looked up without a database (a roll-up reads only dumps) and the
# classification has one source: the migration.
BEGIN {
    print "/* Generated from db/010_municipalities.sql by db/municipalities.awk; do not edit. */"
    print "#include \"hubdesk/municipality.h\""
    print "const struct municipality municipalities[] = {"
}
/^INSERT INTO municipality VALUES \(/ {
    row = $0
    sub(/^INSERT INTO municipality VALUES \(/, "", row)
    sub(/\);[ \t\r]*$/, "", row)
    # The names hold no quote, backslash or comma of their own.
    gsub(/'/, "\"", row)
    printf "    { %s },\n", row
    n++
}
END {
    print "};"
    printf "const size_t municipality_count = %d;\n", n
}
