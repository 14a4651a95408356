using Npgsql;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>
/// Operator redelivery as conditional, set-based statements: the state check, the reset to pending with a fresh
/// attempt budget and the audit row are one statement, so two operators (or an operator and a running attempt)
/// cannot both win. The proof itself is not touched: the job sends the stored bytes and signature again.
/// </summary>
internal sealed class RedeliveryStore(NpgsqlDataSource dataSource)
{
    private static readonly string Reset = "UPDATE settlement.deliveries AS d SET " + DeliveryRevival.Assignments("$2", "$3") + "\n";

    private const string Audit = """
        INSERT INTO settlement.operator_actions (txid, action, "operator", detail, at)
        SELECT txid, $4, $5, $6, $3 FROM revived
        """;

    // The rows are locked first (a concurrent request waits, then finds them pending and revives nothing) so that
    // the failed Hangfire job of a dead delivery (dead_job_id, cleared by the reset) can be handed back.
    private static readonly string Revive = """
         FOR UPDATE),
        revived AS (
        """ + Reset + """
         FROM target WHERE d.txid = target.txid
        RETURNING d.txid, d.recipient_ocid, target.dead_job_id), logged AS (
        """ + Audit + ") SELECT txid, recipient_ocid, dead_job_id FROM revived";

    private static readonly string OneSql = """
        WITH target AS (SELECT d.txid, d.dead_job_id FROM settlement.deliveries AS d
        WHERE d.txid = $1 AND (d.state IN ('dead', 'rejected') OR ($7 AND d.state = 'delivered'))
        """ + Revive;

    private static readonly string DeadSql = """
        WITH target AS (SELECT d.txid, d.dead_job_id FROM settlement.deliveries AS d
        WHERE d.state = 'dead' AND ($1::bigint IS NULL OR d.recipient_ocid = $1)
          AND ($7::timestamptz IS NULL OR d.created_at >= $7) AND ($8::timestamptz IS NULL OR d.created_at < $8)
        """ + Revive;

    public async Task<(RedeliveryOutcome Outcome, RequeuedDelivery? Delivery)> RedeliverAsync(
        string txid, bool force, int attempts, string operatorName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(OneSql);
        command.With<string>(txid);
        AddCommon(command, attempts, now, operatorName, force ? "single, forced" : "single");
        command.With<bool>(force);
        var requeued = await ReadAsync(command, cancellationToken);
        if (requeued.Count == 1)
            return (RedeliveryOutcome.Requeued, requeued[0]);

        await using var lookup = dataSource.CreateCommand("SELECT state FROM settlement.deliveries WHERE txid = $1");
        lookup.With<string>(txid);
        return (await lookup.ExecuteScalarAsync(cancellationToken) switch
        {
            null => RedeliveryOutcome.NotFound,
            DeliveryStates.Delivered => RedeliveryOutcome.AlreadyDelivered,
            _ => RedeliveryOutcome.InFlight,
        }, null);
    }

    public async Task<IReadOnlyList<RequeuedDelivery>> RedeliverDeadAsync(
        long? ocid, DateTimeOffset? from, DateTimeOffset? to, int attempts, string operatorName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DeadSql);
        command.WithNullable(ocid, NpgsqlTypes.NpgsqlDbType.Bigint);
        AddCommon(command, attempts, now, operatorName, Describe(ocid, from, to));
        command.WithNullable(from, NpgsqlTypes.NpgsqlDbType.TimestampTz);
        command.WithNullable(to, NpgsqlTypes.NpgsqlDbType.TimestampTz);
        return await ReadAsync(command, cancellationToken);
    }

    private static void AddCommon(NpgsqlCommand command, int attempts, DateTimeOffset now, string operatorName, string detail)
    {
        command.With<int>(attempts);
        command.With<DateTimeOffset>(now);
        command.With<string>(DeliveryTriggers.OperatorRedeliver);
        command.With<string>(operatorName);
        command.With<string>(detail);
    }

    private static string Describe(long? ocid, DateTimeOffset? from, DateTimeOffset? to) =>
        FormattableString.Invariant($"bulk: ocid={ocid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}, from={from:O}, to={to:O}");

    private static async Task<IReadOnlyList<RequeuedDelivery>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RequeuedDelivery>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new RequeuedDelivery(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }
}
