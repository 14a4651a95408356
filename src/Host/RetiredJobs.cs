using Hangfire;
using Npgsql;

namespace PaymentGateway.Host;

/// <summary>
/// At start-up, deletes the waiting jobs of classes an earlier version scheduled and this one no longer has. Their
/// type cannot be loaded any more, so each would end Failed on the dashboard when due, for no failure of the work.
/// </summary>
/// <remarks>
/// <c>ExpireCheckoutsDueJob</c>, the delayed job of one expiry window, is now
/// <c>ExpireDueSessionsJob.RunWindowAsync</c>; the minutely <c>checkout:expire-sessions</c> sweep expires the sessions
/// of a deleted window job.
/// </remarks>
internal sealed partial class RetiredJobs(NpgsqlDataSource dataSource, IBackgroundJobClient jobs, ILogger<RetiredJobs> logger)
{
    private static readonly string[] Types = ["PaymentGateway.Checkout.Features.ExpireSessions.ExpireCheckoutsDueJob"];

    private const string FindSql = """
        SELECT id FROM hangfire.job
        WHERE statename IN ('Scheduled', 'Enqueued', 'Awaiting') AND split_part(invocationdata->>'Type', ',', 1) = ANY($1)
        """;

    public async Task<int> DeleteAsync(CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using (var command = dataSource.CreateCommand(FindSql))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = Types });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetInt64(0));
        }
        foreach (var id in ids)
            jobs.Delete(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ids.Count > 0)
            LogDeleted(logger, ids.Count);
        return ids.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} waiting jobs of classes this version no longer has")]
    private static partial void LogDeleted(ILogger logger, int count);
}
