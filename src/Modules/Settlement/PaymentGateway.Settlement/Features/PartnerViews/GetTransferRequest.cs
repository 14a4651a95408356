namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>GET /transfers/{txid}: the proof's txid, from the route.</summary>
internal sealed record GetTransferRequest
{
    public string Txid { get; init; } = "";
}
