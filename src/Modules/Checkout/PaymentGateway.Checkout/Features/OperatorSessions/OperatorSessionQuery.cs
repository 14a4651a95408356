using Microsoft.EntityFrameworkCore;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorSessions;

/// <summary>Sessions newest first, by stored status (a pending session past its expiry stays pending until the sweep, within a minute).</summary>
internal sealed class OperatorSessionQuery(CheckoutDbContext db)
{
    public async Task<OperatorPage<OperatorSessionItem>> ListAsync(ListSessionsRequest query, CancellationToken cancellationToken)
    {
        var sessions = db.Sessions.AsNoTracking();
        if (query.Status is { } status)
            sessions = sessions.Where(s => s.Status == status);
        if (query.From?.Value is { } from)
            sessions = sessions.Where(s => s.CreatedAt >= from);
        if (query.To?.Value is { } to)
            sessions = sessions.Where(s => s.CreatedAt < to);

        var total = await sessions.LongCountAsync(cancellationToken);
        var items = await sessions
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Skip(query.Offset).Take(query.PageSize)
            .Select(s => new OperatorSessionItem(s.Id, s.Status, s.CallerOcid, s.MerchantOcid, s.OrderId, s.Amount, s.Currency,
                s.CreatedAt, s.ExpiresAt, s.CompletedAt))
            .ToListAsync(cancellationToken);
        return new OperatorPage<OperatorSessionItem>(items, query.Page, query.PageSize, total);
    }
}
