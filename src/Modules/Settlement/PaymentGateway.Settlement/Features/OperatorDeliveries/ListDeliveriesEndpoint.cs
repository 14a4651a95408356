using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>GET /operator/deliveries: proof deliveries with their attempts, paged, newest first.</summary>
internal sealed class ListDeliveriesEndpoint(OperatorDeliveryQuery deliveries) : Endpoint<ListDeliveriesRequest, OperatorPage<OperatorDeliveryItem>>
{
    public override void Configure()
    {
        Get("deliveries");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "List proof deliveries and their attempts (operators)";
            s.Description = "HTTP Basic, any operator. Query: state (pending, delivered, rejected, dead), ocid (the receiving MG), from and to " +
                            "(ISO 8601, from <= created_at < to), page (from 1), pageSize (1-200, default 50). Newest first; each delivery " +
                            "carries its attempts (number, started_at, trigger, status_code, outcome, reason) and operator actions.";
        });
    }

    public override async Task HandleAsync(ListDeliveriesRequest request, CancellationToken ct) =>
        await Send.OkAsync(await deliveries.ListAsync(request, ct), ct);
}
