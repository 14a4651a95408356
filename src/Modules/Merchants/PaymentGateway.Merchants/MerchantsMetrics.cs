using System.Diagnostics.Metrics;

namespace PaymentGateway.Merchants;

/// <summary>The Merchants module's instruments (meter <c>PaymentGateway.Merchants</c>).</summary>
internal sealed class MerchantsMetrics
{
    public const string MeterName = "PaymentGateway.Merchants";

    private readonly Counter<long> _metadataFetchFailures;

    public MerchantsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _metadataFetchFailures = meter.CreateCounter<long>("merchants_metadata_fetch_failures_total",
            description: "Partner metadata.json fetches that failed or did not validate.");
    }

    /// <summary>Tagged with the OCID: bounded by our own directory, and it tells which partner is down.</summary>
    public void MetadataFetchFailed(long ocid) =>
        _metadataFetchFailures.Add(1, new KeyValuePair<string, object?>("ocid", ocid));
}
