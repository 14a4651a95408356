using System.Globalization;

namespace PaymentGateway.Testing;

/// <summary>
/// One currency of one database's trial balance, as <c>GET /operator/accounts</c> reports it: the debits and credits
/// posted over all accounts, their difference and the sum of every posting, exact decimal strings.
/// </summary>
public sealed record TrialBalanceLine(string Database, string Currency, string Debits, string Credits, string Difference, string PostingsSum)
{
    /// <summary>Both checks of the operators' view hold: the account totals agree and the postings sum to zero.</summary>
    public bool IsZero => decimal.Parse(Difference, CultureInfo.InvariantCulture) == 0m && decimal.Parse(PostingsSum, CultureInfo.InvariantCulture) == 0m;

    /// <summary>Tab-separated: database, currency, debits, credits, difference, postings sum (what scripts/test.sh sums).</summary>
    public string ToTsv() => string.Join('\t', Database, Currency, Debits, Credits, Difference, PostingsSum);

    public override string ToString() =>
        $"{Currency} debits {Debits}, credits {Credits}, difference {Difference}, postings sum {PostingsSum}";
}
