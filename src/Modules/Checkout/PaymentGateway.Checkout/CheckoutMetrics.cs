using System.Diagnostics.Metrics;

namespace PaymentGateway.Checkout;

/// <summary>
/// The Checkout module's instruments (meter <c>PaymentGateway.Checkout</c>). Names are already Prometheus-shaped; the
/// exporter keeps them as they are. An instrument nobody has recorded on yet does not appear in <c>/metrics</c>.
/// </summary>
internal sealed class CheckoutMetrics
{
    public const string MeterName = "PaymentGateway.Checkout";

    public CheckoutMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        SessionsCreated = meter.CreateCounter<long>("checkout_sessions_created_total", description: "New checkout sessions (idempotent repeats excluded).");
        SessionsCompleted = meter.CreateCounter<long>("checkout_sessions_completed_total", description: "Sessions paid by the customer.");
        SessionsExpired = meter.CreateCounter<long>("checkout_sessions_expired_total", description: "Sessions that expired unpaid.");
        SessionsCancelled = meter.CreateCounter<long>("checkout_sessions_cancelled_total", description: "Sessions the customer cancelled.");
        PaymentDeclines = meter.CreateCounter<long>("checkout_payment_declines_total", description: "Card payments declined on the hosted page.");
        StaleChargesResolved = meter.CreateCounter<long>("checkout_stale_charges_resolved_total",
            description: "Payment attempts whose host did not finish them in time, resolved at the processor (outcome: completed or released).");
        ExpiryLag = meter.CreateHistogram<double>("checkout_expiry_lag_seconds", unit: "s",
            description: "How long after expires_at a session was actually marked expired.");
    }

    public Counter<long> SessionsCreated { get; }

    public Counter<long> SessionsCompleted { get; }

    public Counter<long> SessionsExpired { get; }

    public Counter<long> SessionsCancelled { get; }

    public Counter<long> PaymentDeclines { get; }

    public Counter<long> StaleChargesResolved { get; }

    public Histogram<double> ExpiryLag { get; }
}
