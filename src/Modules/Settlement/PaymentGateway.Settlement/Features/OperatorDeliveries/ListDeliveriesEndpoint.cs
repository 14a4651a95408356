using FastEndpoints;
using PaymentGateway.Operators;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>GET /operator/deliveries: proof deliveries with their attempts, paged, newest first.</summary>
internal sealed class ListDeliveriesEndpoint(OperatorDeliveryQuery deliveries) : EndpointWithoutRequest<OperatorPage<OperatorDeliveryItem>>
{
    private static readonly string[] States = [DeliveryStates.Pending, DeliveryStates.Delivered, DeliveryStates.Rejected, DeliveryStates.Dead];

    public override void Configure()
    {
        Get("operator/deliveries");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.Policy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "List proof deliveries and their attempts (operators)";
            s.Description = "HTTP Basic, any operator. Query: state (pending, delivered, rejected, dead), ocid (the receiving MG), from and to " +
                            "(ISO 8601, from <= created_at < to), page (from 1), pageSize (1-200, default 50). Newest first; each delivery " +
                            "carries its attempts (number, started_at, trigger, status_code, outcome, reason) and operator actions.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var queryString = HttpContext.Request.Query;
        var state = input.ReadChoice(queryString, "state", States);
        var ocid = input.ReadOcid("ocid", queryString["ocid"]);
        var query = input.ReadListQuery(queryString);
        input.ThrowIfInvalid();
        await Send.OkAsync(await deliveries.ListAsync(state, ocid, query, ct), ct);
    }
}
