using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Modularity.Messaging;

public static class InboxExtensions
{
    /// <summary>
    /// Records that <paramref name="consumer"/> applied the event, inside the caller's open transaction. False means it
    /// was applied before (by this or another host): the caller must roll back and do nothing.
    /// </summary>
    public static async Task<bool> TryRecordInboxAsync(this DbContext db, Guid eventId, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The schema comes from the module's own model, never from input.
        var sql = $"INSERT INTO \"{db.Model.GetDefaultSchema() ?? "public"}\".inbox_messages (event_id, consumer, processed_at) " +
                  "VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
        var inserted = await db.Database.ExecuteSqlRawAsync(sql, [eventId, consumer, now], cancellationToken);
        return inserted == 1;
    }
}
