namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>GET /operator/receipts?allocated=: false lists the receipts in suspense, true those credited, absent all.</summary>
internal sealed class ListReceiptsRequest
{
    public bool? Allocated { get; set; }
}
