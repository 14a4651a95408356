using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>GET /operator/receipts?allocated=: proofs received on /transfer/webhook, newest first (500 at most).</summary>
internal sealed class ListReceiptsEndpoint(OperatorLedgerQuery ledger) : Endpoint<ListReceiptsRequest, IReadOnlyList<OperatorReceiptItem>>
{
    public override void Configure()
    {
        Get("receipts");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "Received proofs, e.g. those waiting in suspense (operators)";
            s.Description = "HTTP Basic, any operator. allocated=false lists the receipts in suspense (credited_ocid null) that an admin " +
                            "should allocate; allocated=true those credited to a partner; no parameter lists all. Newest first, at most 500.";
        });
    }

    public override async Task HandleAsync(ListReceiptsRequest request, CancellationToken ct) =>
        await Send.OkAsync(await ledger.ReceiptsAsync(request.Allocated, ct), ct);
}
