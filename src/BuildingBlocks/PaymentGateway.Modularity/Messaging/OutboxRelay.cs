using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PaymentGateway.IntegrationEvents;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// Hands a module's outbox messages to their in-process handlers in three steps, each committed on its own: claim
/// (a lease written to the row by one conditional UPDATE), dispatch (the handlers commit in their own modules, and may
/// call out, e.g. the first webhook attempt), then mark processed. No lock or connection of the publishing module is
/// held while a handler runs. Several hosts relay in parallel without handing one message to two relayers at once
/// while its lease lasts; a relayer that dies leaves a lease that runs out (<see cref="OutboxOptions.Lease"/>), and
/// the message is claimed again. Handing a message over twice is harmless because every handler records the event in
/// its inbox (a unique key) in the transaction of its change: the second application is a no-op. A message whose
/// handlers fail is retried with a growing back-off and, after <see cref="OutboxOptions.MaxAttempts"/> failures,
/// parked: it stays in the table with its error, out of the relay's way, until an operator replays it.
/// </summary>
/// <remarks>Plain Npgsql on the shared pool rather than EF: this runs for every payment, and every statement here is
/// one autocommitted round trip with no entity to track.</remarks>
public sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IntegrationEventPublisher publisher,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger)
    where TContext : DbContext
{
    private const int BatchSize = 50;
    private const int MaxErrorLength = 2000;

    private OutboxStatements? _statements;

    /// <summary>The module's schema, the <c>module</c> tag of the outbox metrics.</summary>
    public string Module => Statements().Schema;

    /// <summary>
    /// A lease for a message about to be written by the caller's transaction (<see cref="OutboxInsert"/>),
    /// so that the caller relays it itself right after the commit (<see cref="RelayLeasedAsync"/>) without a claim and
    /// without the poller taking it meanwhile; should the caller die, the lease runs out and the poller relays it.
    /// </summary>
    public OutboxLease NewLease(Guid messageId) =>
        new(messageId, Guid.NewGuid(), clock.GetUtcNow() + options.Value.Lease);

    /// <summary>Relays a message the caller wrote under <paramref name="lease"/> and just committed.</summary>
    /// <returns>True when its handlers succeeded.</returns>
    public async Task<bool> RelayLeasedAsync(IIntegrationEvent integrationEvent, OutboxLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(lease);
        var message = new ClaimedMessage(lease.MessageId, IntegrationEventSerializer.TypeName(integrationEvent.GetType()), Attempts: 0);
        return await DispatchAsync(message, lease.Id, () => integrationEvent, cancellationToken);
    }

    /// <summary>Relays everything pending and due, batch by batch. Returns how many messages were handled.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int claimed;
        do
        {
            var (handled, count) = await RelayOneBatchAsync(cancellationToken);
            total += handled;
            claimed = count;
        }
        while (claimed == BatchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }

    /// <summary>How many of the module's messages are parked (for the gauge).</summary>
    public async Task<int> CountParkedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Statements().CountParked);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<(int Handled, int Claimed)> RelayOneBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = new OutboxLease(Guid.Empty, Guid.NewGuid(), now + options.Value.Lease);
        var batch = await ClaimAsync(now, lease, cancellationToken);
        var handled = new List<Guid>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            // A batch must not outlive its lease: what is left goes back, for this or another relayer's next poll.
            if (clock.GetUtcNow() > lease.Until - options.Value.Lease / 4 || cancellationToken.IsCancellationRequested)
            {
                await ExecuteAsync(Statements().Release, command => command.With(batch.Skip(i).Select(m => m.Message.Id).ToArray()).With(lease.Id), CancellationToken.None);
                break;
            }
            var (message, payload) = batch[i];
            if (await DispatchAsync(message, lease.Id, () => IntegrationEventSerializer.Deserialize(message.Type, payload), cancellationToken, markProcessed: false))
                handled.Add(message.Id);
        }
        if (handled.Count > 0)
            await MarkProcessedAsync([.. handled]);
        return (handled.Count, batch.Count);
    }

    private async Task<List<(ClaimedMessage Message, string Payload)>> ClaimAsync(DateTimeOffset now, OutboxLease lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Statements().ClaimDue).With(now).With(lease.Until).With(lease.Id).With(BatchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(ClaimedMessage, string, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((new ClaimedMessage(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(3)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(4)));
        return [.. rows.OrderBy(row => row.Item3).Select(row => (row.Item1, row.Item2))];
    }

    /// <returns>True when the handlers succeeded (and, with <paramref name="markProcessed"/>, the message is marked).</returns>
    private async Task<bool> DispatchAsync(ClaimedMessage message, Guid leaseId, Func<IIntegrationEvent> read, CancellationToken cancellationToken,
        bool markProcessed = true)
    {
        try
        {
            await publisher.PublishAsync(read(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Left unprocessed: a later pass retries it. Handlers are idempotent through their inbox.
            await RecordFailureAsync(message, leaseId, exception);
            return false;
        }
        // Recorded even if the host is stopping: the handlers ran, and a repeat would only be a no-op for them.
        if (markProcessed)
            await MarkProcessedAsync([message.Id]);
        return true;
    }

    private Task MarkProcessedAsync(Guid[] ids) =>
        ExecuteAsync(Statements().MarkProcessed, command => command.With(ids).With(clock.GetUtcNow()), CancellationToken.None);

    private async Task RecordFailureAsync(ClaimedMessage message, Guid leaseId, Exception exception)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var error = Describe(exception);
        var attempts = message.Attempts + 1;
        var parked = attempts >= settings.MaxAttempts;
        DateTimeOffset? nextAttemptAt = parked ? null : now + settings.RetryDelayAfter(attempts);
        await ExecuteAsync(Statements().RecordFailure, command => command
            .With(message.Id).With(leaseId).With(attempts).With(error)
            .WithNullable(nextAttemptAt, NpgsqlDbType.TimestampTz)
            .WithNullable(parked ? now : null, NpgsqlDbType.TimestampTz), CancellationToken.None);

        // One line per attempt, without the stack trace: a handler failing every few seconds must not flood the log.
        // The full exception goes to Debug on the first and the last attempt, where it helps.
        if (attempts == 1 || parked)
            LogFailureDetail(logger, exception, message.Id, attempts);
        if (parked)
        {
            metrics.Parked(Module);
            LogParked(logger, message.Id, message.Type, attempts, error);
        }
        else
        {
            LogAttemptFailed(logger, message.Id, message.Type, attempts, settings.MaxAttempts, error, nextAttemptAt!.Value);
        }
    }

    private async Task ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        bind(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private OutboxStatements Statements()
    {
        if (_statements is { } statements)
            return statements;
        // Read once.
        using var scope = scopes.CreateScope();
        var schema = ModuleSchema.Of(scope.ServiceProvider.GetRequiredService<TContext>());
        return _statements = new OutboxStatements(schema);
    }

    private static string Describe(Exception exception)
    {
        var text = $"{exception.GetType().FullName}: {exception.Message}";
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({Type}) failed attempt {Attempt} of {MaxAttempts}, next attempt at {NextAttemptAt:O}: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid messageId, string type, int attempt, int maxAttempts, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Outbox message {MessageId} ({Type}) parked after {Attempts} failed attempts; fix the cause, then replay it through the operator API (POST /operator/outbox/<id>/replay). Last error: {Error}")]
    private static partial void LogParked(ILogger logger, Guid messageId, string type, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId}: the exception of attempt {Attempt}")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, Guid messageId, int attempt);
}
