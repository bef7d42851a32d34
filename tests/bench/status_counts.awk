# Per-status counts of an IIS W3C log, honouring every #Fields line: all requests, and the
# ActiveSync ones (cs-uri-stem starting with /Microsoft-Server-ActiveSync, any case). Lines whose
# field count differs from the #Fields in force are counted as corrupt. The reference the bench
# checks eas-doctor analyze-logs against.
/^#Fields:/ {
    delete idx
    for (i = 2; i <= NF; i++)
        idx[$i] = i - 1
    nf = NF - 1
    st = idx["sc-status"]
    stem = idx["cs-uri-stem"]
    next
}
/^#/ { next }
NF == 0 { next }
{
    if (!nf) { nofields++; next }
    if (NF != nf) { corrupt++; next }
    all[$st]++
    if ($stem ~ /^\/[Mm][Ii][Cc][Rr][Oo][Ss][Oo][Ff][Tt]-[Ss][Ee][Rr][Vv][Ee][Rr]-[Aa][Cc][Tt][Ii][Vv][Ee][Ss][Yy][Nn][Cc]/)
        as[$st]++
}
END {
    for (k in all)
        printf "all %s %d\n", k, all[k]
    for (k in as)
        printf "activesync %s %d\n", k, as[k]
    printf "corrupt %d\n", corrupt
    printf "nofields %d\n", nofields
}
