using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>GET /operator/deliveries: an optional state and receiving MG, paging and the created-at window.</summary>
internal sealed class ListDeliveriesRequest : OperatorListRequest
{
    /// <summary>pending, delivered, rejected or dead.</summary>
    public string? State { get; set; }

    /// <summary>The OCID of the MG the proofs go to.</summary>
    public long? Ocid { get; set; }
}
