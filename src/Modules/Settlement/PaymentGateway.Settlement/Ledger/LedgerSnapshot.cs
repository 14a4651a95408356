namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// What the ledger gauges report: per currency, the trial balance difference (must be 0; a double, what a gauge
/// exports, read as such from PostgreSQL since the sums may not fit a .NET decimal); receipts in suspense.
/// </summary>
internal sealed record LedgerSnapshot(IReadOnlyDictionary<string, double> TrialBalance, long UnallocatedReceipts);
