using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

/// <summary>GET /operator/sessions: checkout sessions for support staff, paged, newest first.</summary>
internal sealed class ListSessionsEndpoint(OperatorSessionQuery sessions) : Endpoint<ListSessionsRequest, OperatorPage<OperatorSessionItem>>
{
    public override void Configure()
    {
        Get("sessions");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "List checkout sessions (operators)";
            s.Description = "HTTP Basic, any operator. Query: status (pending, charging, completed, expired, cancelled), from and to (ISO 8601, " +
                            "from <= created_at < to), page (from 1), pageSize (1-200, default 50). Newest first. Bad input is 400 INVALID_REQUEST " +
                            "with a detail per parameter.";
        });
    }

    public override async Task HandleAsync(ListSessionsRequest request, CancellationToken ct) =>
        await Send.OkAsync(await sessions.ListAsync(request, ct), ct);
}
