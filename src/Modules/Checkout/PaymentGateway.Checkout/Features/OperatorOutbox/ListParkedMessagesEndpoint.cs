using FastEndpoints;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

/// <summary>GET /operator/outbox/parked: the Checkout outbox messages parked as poison, most recently parked first.</summary>
internal sealed class ListParkedMessagesEndpoint(ParkedMessageStore<CheckoutDbContext> store)
    : Endpoint<ListParkedMessagesRequest, OperatorPage<ParkedMessageItem>>
{
    public override void Configure()
    {
        Get("outbox/parked");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "List parked outbox messages (operators)";
            s.Description = "HTTP Basic, any operator. Integration events (e.g. CheckoutCompleted) whose handlers failed Outbox:MaxAttempts " +
                            "times and that the relay no longer retries, with their attempts and last error. Query: from and to (ISO 8601, " +
                            "from <= parked_at < to), page (from 1), pageSize (1-200, default 50). Replay one with POST /operator/outbox/{id}/replay.";
        });
    }

    public override async Task HandleAsync(ListParkedMessagesRequest request, CancellationToken ct)
    {
        var (items, total) = await store.ListAsync(request.From?.Value, request.To?.Value, request.Offset, request.PageSize, ct);
        var page = items.Select(m => new ParkedMessageItem(m.Id, m.Type, m.OccurredAt, m.Attempts, m.LastError, m.ParkedAt)).ToList();
        await Send.OkAsync(new OperatorPage<ParkedMessageItem>(page, request.Page, request.PageSize, total), ct);
    }
}
