namespace PaymentGateway.Settlement.Ledger;

/// <summary>What the ledger gauges report: per currency, the trial balance difference (must be 0); receipts in suspense.</summary>
internal sealed record LedgerSnapshot(IReadOnlyDictionary<string, decimal> TrialBalance, long UnallocatedReceipts);
