using Npgsql;
using PaymentGateway.IntegrationEvents;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// The outbox row of an integration event, written in plain SQL by the very statement that makes the state change it
/// reports (docs/architecture.md, Data access): the change is a data-modifying CTE and the row is inserted for each row
/// it returns, so one statement is one round trip and one commit, and the event exists exactly when the change does.
/// </summary>
public static class OutboxInsert
{
    /// <summary>
    /// <c>INSERT ... SELECT ... FROM <paramref name="source"/></c> into <paramref name="schema"/>'s outbox, its values the six
    /// parameters from <c>$<paramref name="firstParameter"/></c> on, appended by <see cref="WithOutboxRow"/>.
    /// </summary>
    /// <param name="schema">The module's schema, from its own model or a constant, never from input.</param>
    /// <param name="source">The name of the statement's CTE whose rows decide whether the event is written.</param>
    public static string Sql(string schema, string source, int firstParameter) => $"""
        INSERT INTO "{schema}".outbox_messages (id, type, payload, occurred_at, attempts, locked_until, lease_id)
        SELECT ${firstParameter}, ${firstParameter + 1}, ${firstParameter + 2}::jsonb, ${firstParameter + 3}, 0, ${firstParameter + 4}, ${firstParameter + 5} FROM {source}
        """;

    /// <summary>
    /// Appends the row's values for <see cref="Sql"/>. With a <paramref name="lease"/> the row is written already
    /// claimed by the caller, who relays it right after the commit (<see cref="InlineOutboxRelay{TContext}"/>).
    /// </summary>
    public static NpgsqlCommand WithOutboxRow(this NpgsqlCommand command, IIntegrationEvent integrationEvent, OutboxLease? lease)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return command
            .With<Guid>(integrationEvent.EventId)
            .With<string>(IntegrationEventSerializer.TypeName(integrationEvent.GetType()))
            .With<string>(IntegrationEventSerializer.Serialize(integrationEvent))
            .With<DateTimeOffset>(integrationEvent.OccurredAt)
            .WithNullable(lease?.Until, NpgsqlTypes.NpgsqlDbType.TimestampTz)
            .WithNullable(lease?.Id, NpgsqlTypes.NpgsqlDbType.Uuid);
    }
}
