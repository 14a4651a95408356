using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The outbox instruments (meter <c>PaymentGateway.Outbox</c>), tagged with the module's schema:
/// <c>outbox_messages_parked_total</c> counts messages as they are parked; <c>outbox_parked_messages</c> is how many
/// are parked now (counted by each module's poller, so a scrape never queries the database).
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "PaymentGateway.Outbox";

    private readonly ConcurrentDictionary<string, long> _parkedNow = new(StringComparer.Ordinal);
    private readonly Counter<long> _parked;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _parked = meter.CreateCounter<long>("outbox_messages_parked_total",
            description: "Outbox messages parked after their handlers failed Outbox:MaxAttempts times; tag module.");
        meter.CreateObservableGauge("outbox_parked_messages", ObserveParked,
            description: "Outbox messages parked now, waiting for an operator to replay them; tag module.");
    }

    public void Parked(string module) => _parked.Add(1, new KeyValuePair<string, object?>("module", module));

    /// <summary>The latest count; <c>null</c> (the database did not answer) drops the sample rather than report a stale one.</summary>
    public void SetParkedNow(string module, long? count)
    {
        if (count is { } value)
            _parkedNow[module] = value;
        else
            _parkedNow.TryRemove(module, out _);
    }

    private IEnumerable<Measurement<long>> ObserveParked() =>
        _parkedNow.Select(entry => new Measurement<long>(entry.Value, new KeyValuePair<string, object?>("module", entry.Key)));
}
