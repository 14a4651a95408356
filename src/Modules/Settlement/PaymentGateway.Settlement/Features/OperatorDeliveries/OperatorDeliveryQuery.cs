using Microsoft.EntityFrameworkCore;
using PaymentGateway.Operators.Api;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>Deliveries newest first, then the attempts and operator actions of that page in two more queries.</summary>
internal sealed class OperatorDeliveryQuery(SettlementDbContext db)
{
    public async Task<OperatorPage<OperatorDeliveryItem>> ListAsync(ListDeliveriesRequest query, CancellationToken cancellationToken)
    {
        var deliveries = db.Deliveries.AsNoTracking();
        if (query.State is { } state)
            deliveries = deliveries.Where(d => d.State == state);
        if (query.Ocid is { } ocid)
            deliveries = deliveries.Where(d => d.RecipientOcid == ocid);
        if (query.From?.Value is { } from)
            deliveries = deliveries.Where(d => d.CreatedAt >= from);
        if (query.To?.Value is { } to)
            deliveries = deliveries.Where(d => d.CreatedAt < to);

        var total = await deliveries.LongCountAsync(cancellationToken);
        var page = await (
                from delivery in deliveries
                join proof in db.Proofs.AsNoTracking() on delivery.Txid equals proof.Txid
                orderby delivery.CreatedAt descending, delivery.Txid descending
                select new { delivery, proof.SessionId })
            .Skip(query.Offset).Take(query.PageSize)
            .ToListAsync(cancellationToken);

        var txids = page.Select(p => p.delivery.Txid).ToList();
        var attempts = (await db.DeliveryAttempts.AsNoTracking().Where(a => txids.Contains(a.Txid)).OrderBy(a => a.Attempt).ToListAsync(cancellationToken))
            .ToLookup(a => a.Txid);
        var actions = (await db.OperatorActions.AsNoTracking().Where(a => txids.Contains(a.Txid)).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.Txid);

        var items = page.Select(p => new OperatorDeliveryItem(
            p.delivery.Txid, p.SessionId, p.delivery.RecipientOcid, p.delivery.State, p.delivery.Attempts, p.delivery.MaxAttempts,
            p.delivery.State == DeliveryStates.Pending ? p.delivery.NextAttemptAt : null,
            p.delivery.LastReason, p.delivery.CreatedAt, p.delivery.CompletedAt, p.delivery.RequeueCount,
            [.. attempts[p.delivery.Txid].Select(a => new OperatorAttemptItem(a.Attempt, a.StartedAt, a.Trigger, a.HttpStatus, a.Outcome, a.Reason))],
            [.. actions[p.delivery.Txid].Select(a => new OperatorActionItem(a.Action, a.Operator, a.Detail, a.At))])).ToList();
        return new OperatorPage<OperatorDeliveryItem>(items, query.Page, query.PageSize, total);
    }
}
