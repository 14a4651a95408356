namespace PaymentGateway.Settlement.Ledger;

/// <summary>The <c>Settlement:LedgerGauges</c> section: how often <see cref="LedgerGauges"/> reads the ledger.</summary>
internal sealed class LedgerGaugeOptions
{
    public const string Section = "Settlement:LedgerGauges";

    /// <summary>
    /// Between two readings of the trial balance and the unallocated receipts. Each reading sums every account, so it is
    /// not done per scrape; the alert rules wait minutes before firing, far longer than this.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
