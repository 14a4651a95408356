using System.Diagnostics.Metrics;

namespace PaymentGateway.Settlement;

/// <summary>
/// The Settlement module's instruments (meter <c>PaymentGateway.Settlement</c>), declared ahead of the delivery code
/// that records them.
/// </summary>
internal sealed class SettlementMetrics
{
    public const string MeterName = "PaymentGateway.Settlement";

    public SettlementMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        DeliveryAttempts = meter.CreateCounter<long>("settlement_delivery_attempts_total",
            description: "Webhook delivery attempts of transfer proofs; tag outcome (accepted, rejected, failed...).");
        DeliveriesDead = meter.CreateCounter<long>("settlement_deliveries_dead_total",
            description: "Proof deliveries given up after the last attempt.");
        DeliveryLag = meter.CreateHistogram<double>("settlement_delivery_lag_seconds", unit: "s",
            description: "From payment completed to the merchant gateway accepting the proof.");
        TransfersCreated = meter.CreateCounter<long>("settlement_transfers_created_total",
            description: "Transfers executed for /transfer/create (repeats not counted).");
        TransfersRefused = meter.CreateCounter<long>("settlement_transfers_insufficient_funds_total",
            description: "Transfers refused because the caller's balance did not cover them.");
        ReceiptsCredited = meter.CreateCounter<long>("settlement_receipts_credited_total",
            description: "Proofs received on /transfer/webhook and credited; tag allocated (true: to a partner, false: to suspense).");
        meter.CreateObservableGauge("settlement_trial_balance_difference", ObserveTrialBalance,
            description: "Per currency (tag currency): total debits minus total credits over all ledger accounts. Always 0 unless the ledger is broken.");
        meter.CreateObservableGauge("settlement_unallocated_receipts", ObserveUnallocated,
            description: "Proofs received on /transfer/webhook that wait in suspense for an operator to allocate them.");
        meter.CreateObservableGauge("settlement_deliveries_pending", ObservePending,
            description: "Proof deliveries not yet accepted, rejected or dead.");
    }

    public Counter<long> DeliveryAttempts { get; }

    public Counter<long> DeliveriesDead { get; }

    public Histogram<double> DeliveryLag { get; }

    public Counter<long> TransfersCreated { get; }

    public Counter<long> TransfersRefused { get; }

    public Counter<long> ReceiptsCredited { get; }

    /// <summary>
    /// Set by the delivery code to report how many deliveries are pending. It runs on every scrape, so it should read a
    /// cached count rather than query the database each time. Until it is set the gauge reports nothing.
    /// </summary>
    public Func<long?> PendingDeliveries { get; set; } = () => null;

    /// <summary>Set by <see cref="Ledger.LedgerGauges"/>: the latest ledger reading, or null while unknown.</summary>
    public Func<Ledger.LedgerSnapshot?> Ledger { get; set; } = () => null;

    private IEnumerable<Measurement<double>> ObserveTrialBalance() =>
        Ledger() is { } snapshot
            ? snapshot.TrialBalance.Select(t => new Measurement<double>(t.Value, new KeyValuePair<string, object?>("currency", t.Key)))
            : [];

    private IEnumerable<Measurement<long>> ObserveUnallocated() =>
        Ledger() is { } snapshot ? [new Measurement<long>(snapshot.UnallocatedReceipts)] : [];

    private IEnumerable<Measurement<long>> ObservePending() =>
        PendingDeliveries() is { } pending ? [new Measurement<long>(pending)] : [];
}
