using FastEndpoints;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>POST /operator/deliveries/{txid}/redeliver?force=: the proof's txid and whether to resend a delivered proof.</summary>
internal sealed class RedeliverRequest
{
    public string Txid { get; set; } = "";

    /// <summary>true re-sends a delivered proof; default false.</summary>
    [QueryParam]
    public bool Force { get; set; }
}
