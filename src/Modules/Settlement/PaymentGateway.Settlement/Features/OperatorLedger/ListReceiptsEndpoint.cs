using FastEndpoints;
using PaymentGateway.Operators;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>GET /operator/receipts?allocated=: proofs received on /transfer/webhook, newest first (500 at most).</summary>
internal sealed class ListReceiptsEndpoint(OperatorLedgerQuery ledger) : EndpointWithoutRequest<IReadOnlyList<OperatorReceiptItem>>
{
    public override void Configure()
    {
        Get("operator/receipts");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.Policy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "Received proofs, e.g. those waiting in suspense (operators)";
            s.Description = "HTTP Basic, any operator. allocated=false lists the receipts in suspense (credited_ocid null) that an admin " +
                            "should allocate; allocated=true those credited to a partner; no parameter lists all. Newest first, at most 500.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var allocated = input.ReadChoice(HttpContext.Request.Query, "allocated", ["true", "false"]);
        input.ThrowIfInvalid();
        await Send.OkAsync(await ledger.ReceiptsAsync(allocated is null ? null : allocated == "true", ct), ct);
    }
}
