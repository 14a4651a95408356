using FastEndpoints;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Operators;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>GET /operator/outbox/parked: the Checkout outbox messages parked as poison, most recently parked first.</summary>
internal sealed class ListParkedMessagesEndpoint(ParkedMessageStore<CheckoutDbContext> store) : EndpointWithoutRequest<OperatorPage<ParkedMessageItem>>
{
    public override void Configure()
    {
        Get("operator/outbox/parked");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.Policy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "List parked outbox messages (operators)";
            s.Description = "HTTP Basic, any operator. Integration events (e.g. CheckoutCompleted) whose handlers failed Outbox:MaxAttempts " +
                            "times and that the relay no longer retries, with their attempts and last error. Query: from and to (ISO 8601, " +
                            "from <= parked_at < to), page (from 1), pageSize (1-200, default 50). Replay one with POST /operator/outbox/{id}/replay.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var query = input.ReadListQuery(HttpContext.Request.Query);
        input.ThrowIfInvalid();
        var (items, total) = await store.ListAsync(query.From, query.To, query.Offset, query.PageSize, ct);
        var page = items.Select(m => new ParkedMessageItem(m.Id, m.Type, m.OccurredAt, m.Attempts, m.LastError, m.ParkedAt)).ToList();
        await Send.OkAsync(new OperatorPage<ParkedMessageItem>(page, query.Page, query.PageSize, total), ct);
    }
}
