using System.Diagnostics.Metrics;

namespace PaymentGateway.Opencharge.AspNetCore;

/// <summary>
/// Instruments of the Opencharge API plumbing (meter <c>PaymentGateway.Opencharge</c>): it rejects requests before any
/// module sees them, so it counts them itself.
/// </summary>
internal sealed class OpenchargeMetrics
{
    public const string MeterName = "PaymentGateway.Opencharge";

    private readonly Counter<long> _rejected;

    public OpenchargeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _rejected = meter.CreateCounter<long>("opencharge_requests_rejected_total",
            description: "Opencharge requests refused by request authentication; tag code is the error code answered.");
    }

    /// <summary>The tag is one of the fixed error codes, never caller input, so its cardinality stays small.</summary>
    public void Rejected(string code) => _rejected.Add(1, new KeyValuePair<string, object?>("code", code));
}
