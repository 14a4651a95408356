using FastEndpoints;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Operators;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

/// <summary>GET /operator/sessions: checkout sessions for support staff, paged, newest first.</summary>
internal sealed class ListSessionsEndpoint(OperatorSessionQuery sessions) : EndpointWithoutRequest<OperatorPage<OperatorSessionItem>>
{
    private static readonly string[] Statuses = [SessionStatus.Pending, SessionStatus.Charging, SessionStatus.Completed, SessionStatus.Expired, SessionStatus.Cancelled];

    public override void Configure()
    {
        Get("operator/sessions");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.Policy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "List checkout sessions (operators)";
            s.Description = "HTTP Basic, any operator. Query: status (pending, charging, completed, expired, cancelled), from and to (ISO 8601, " +
                            "from <= created_at < to), page (from 1), pageSize (1-200, default 50). Newest first. Bad input is 400 INVALID_REQUEST " +
                            "with a detail per parameter.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var status = input.ReadChoice(HttpContext.Request.Query, "status", Statuses);
        var query = input.ReadListQuery(HttpContext.Request.Query);
        input.ThrowIfInvalid();
        await Send.OkAsync(await sessions.ListAsync(status, query, ct), ct);
    }
}
