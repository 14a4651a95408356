# Sums the trial balances that the test run recorded (one line per dropped test database and currency, tab-separated:
# database, currency, debits, credits, difference, postings sum; see tests/PaymentGateway.Testing/LedgerResults.cs)
# into one line:
#   ledger: N databases, trial balance after the full suite: USD debits X = credits X, difference 0.00; EUR ...
# Amounts are added as exact decimal strings (a ledger amount may have 28 digits, more than a double holds).
# POSIX awk (Debian's mawk included). Used by scripts/test.sh.
BEGIN { FS = "\t" }

NF == 6 {
    if (!($1 in seen)) { seen[$1] = 1; databases++ }
    if (!($2 in debits)) { currencies[++count] = $2; debits[$2] = credits[$2] = difference[$2] = postings[$2] = "0" }
    debits[$2] = add(debits[$2], $3)
    credits[$2] = add(credits[$2], $4)
    difference[$2] = add(difference[$2], $5)
    postings[$2] = add(postings[$2], $6)
    if (!zero($5) || !zero($6)) unbalanced[$1] = 1
}

END {
    line = "ledger: " databases + 0 " databases"
    for (d in unbalanced) bad++
    if (bad > 0) line = line " (" bad " unbalanced)"
    if (count == 0) { print line " with a ledger"; exit }
    line = line ", trial balance after the full suite:"
    # Currencies in alphabetical order (insertion sort: POSIX awk has none), whatever order the classes ran in.
    for (i = 2; i <= count; i++)
        for (j = i; j > 1 && ("" currencies[j - 1]) > ("" currencies[j]); j--) { t = currencies[j]; currencies[j] = currencies[j - 1]; currencies[j - 1] = t }
    for (i = 1; i <= count; i++) {
        c = currencies[i]
        line = line (i > 1 ? ";" : "") " " c " debits " debits[c] (zero(add(debits[c], "-" credits[c])) ? " = " : " != ") "credits " credits[c] ", difference " difference[c]
        if (!zero(postings[c])) line = line ", postings sum " postings[c]
    }
    print line
}

function zero(a) { return a ~ /^-?0*\.?0*$/ }

function strip(x) { sub(/^0+/, "", x); return x == "" ? "0" : x }

# -1, 0 or 1 as the unsigned integer strings x and y compare.
function compare(x, y) {
    x = strip(x); y = strip(y)
    if (length(x) != length(y)) return length(x) < length(y) ? -1 : 1
    return ("" x) < ("" y) ? -1 : (("" x) > ("" y) ? 1 : 0)
}

function plus(x, y,    r, i, j, carry, d) {
    r = ""; carry = 0; i = length(x); j = length(y)
    while (i > 0 || j > 0 || carry) {
        d = carry + (i > 0 ? substr(x, i, 1) : 0) + (j > 0 ? substr(y, j, 1) : 0)
        r = (d % 10) r; carry = int(d / 10); i--; j--
    }
    return strip(r)
}

# x - y for unsigned integer strings with x >= y.
function minus(x, y,    r, i, j, borrow, d) {
    r = ""; borrow = 0; i = length(x); j = length(y)
    while (i > 0) {
        d = substr(x, i, 1) - borrow - (j > 0 ? substr(y, j, 1) : 0)
        if (d < 0) { d += 10; borrow = 1 } else borrow = 0
        r = d r; i--; j--
    }
    return strip(r)
}

# The exact sum of two signed decimal strings, with the larger of their scales ("1.5" + "2.25" = "3.75").
function add(a, b,    na, nb, fa, fb, p, scale, x, y, r, negative) {
    na = sub(/^-/, "", a); nb = sub(/^-/, "", b)
    fa = ""; fb = ""
    if ((p = index(a, ".")) > 0) { fa = substr(a, p + 1); a = substr(a, 1, p - 1) }
    if ((p = index(b, ".")) > 0) { fb = substr(b, p + 1); b = substr(b, 1, p - 1) }
    scale = length(fa) > length(fb) ? length(fa) : length(fb)
    while (length(fa) < scale) fa = fa "0"
    while (length(fb) < scale) fb = fb "0"
    x = strip(a fa); y = strip(b fb)
    if (na == nb) { r = plus(x, y); negative = na }
    else if (compare(x, y) >= 0) { r = minus(x, y); negative = na }
    else { r = minus(y, x); negative = nb }
    if (scale > 0) {
        while (length(r) <= scale) r = "0" r
        r = substr(r, 1, length(r) - scale) "." substr(r, length(r) - scale + 1)
    }
    if (zero(r)) negative = 0
    return (negative ? "-" : "") r
}
