using Npgsql;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Merchants.Replay;

/// <summary>
/// The record of one (OCID, nonce) pair, as statements that another module's write can carry (Checkout's create
/// sends them in front of its session insert: one round trip, one commit) without naming this module's table. A
/// replay must fail the whole transaction, so it is an error rather than zero rows: the lapsed row of the pair (if
/// any: the protocol allows reuse after the retention) is deleted first, then a plain insert lets the primary key
/// refuse a pair that is still kept, on every host alike.
/// </summary>
internal sealed class NonceClaim : DeferredStatement
{
    private const string PrimaryKey = "pk_request_nonces";
    private const string DeleteLapsedSql = "DELETE FROM merchants.request_nonces WHERE ocid = $1 AND nonce = $2 AND keep_until < $3";
    private const string InsertSql = "INSERT INTO merchants.request_nonces (ocid, nonce, keep_until) VALUES ($1, $2, $3)";

    public NonceClaim(long ocid, string nonce, DateTimeOffset keepUntil, DateTimeOffset now)
    {
        var deleteLapsed = new NpgsqlBatchCommand(DeleteLapsedSql);
        deleteLapsed.With(ocid);
        deleteLapsed.With(nonce);
        deleteLapsed.With(now);
        var insert = new NpgsqlBatchCommand(InsertSql);
        insert.With(ocid);
        insert.With(nonce);
        insert.With(keepUntil);
        Commands = [deleteLapsed, insert];
    }

    public override IReadOnlyList<NpgsqlBatchCommand> Commands { get; }

    /// <summary>True when the pair turned out to be a replay (refused by the primary key).</summary>
    public bool Replayed { get; private set; }

    public override Exception? Translate(PostgresException failure)
    {
        if (failure is not { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: PrimaryKey })
            return null;
        Replayed = true;
        return new NonceReplayedException();
    }
}
