using FastEndpoints;
using PaymentGateway.Operators;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>
/// POST /operator/deliveries/redeliver <c>{ocid?, from?, to?}</c>: redelivers every dead delivery matching the filter
/// (at least one is required, so nobody resends everything by accident) in one conditional update.
/// </summary>
internal sealed class BulkRedeliverEndpoint(Redeliverer redeliverer) : Endpoint<BulkRedeliverRequest, BulkRedeliverResponse>
{
    public override void Configure()
    {
        Post("deliveries/redeliver");
        Group<OperatorApi>();
        Policies(OperatorAccess.AdminPolicy);
        Summary(s =>
        {
            s.Summary = "Redeliver all dead proofs of an MG and/or a time range (operator admins)";
            s.Description = "HTTP Basic, admin role. Body {ocid?, from?, to?} (ISO 8601, from <= created_at < to), at least one filter. " +
                            "Resets every matching dead delivery to pending with a fresh attempt budget and enqueues it; answers {requeued: n}.";
        });
    }

    public override async Task HandleAsync(BulkRedeliverRequest request, CancellationToken ct)
    {
        var requeued = await redeliverer.RedeliverDeadAsync(request.Ocid, request.From?.Value, request.To?.Value, User.Identity?.Name ?? "unknown", ct);
        await Send.OkAsync(new BulkRedeliverResponse(requeued), ct);
    }
}
