using Npgsql;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Merchants.Replay;

/// <summary>
/// The record of one (OCID, nonce) pair, as statements that another module's write can carry (Checkout's create
/// sends them in front of its session insert: one round trip, one commit) without naming this module's table. A
/// replay must fail the whole transaction, so it is an error rather than zero rows: one statement deletes the lapsed
/// row of the pair (if any: the protocol allows reuse after the retention), then inserts with a plain insert, so the
/// primary key refuses a pair that is still kept, on every host alike.
/// </summary>
internal sealed class NonceClaim : DeferredStatement
{
    private const string PrimaryKey = "pk_request_nonces";

    // The insert reads the count of the delete's rows, so the delete has run to its end before the row goes in; a row
    // this statement deleted no longer counts for the primary key. One statement instead of two in the batch.
    private const string ClaimSql = """
        WITH lapsed AS (
            DELETE FROM merchants.request_nonces WHERE ocid = $1 AND nonce = $2 AND keep_until < $4 RETURNING 1)
        INSERT INTO merchants.request_nonces (ocid, nonce, keep_until)
        SELECT $1, $2, $3 FROM (SELECT count(*) FROM lapsed) AS deleted
        """;

    public NonceClaim(long ocid, string nonce, DateTimeOffset keepUntil, DateTimeOffset now)
    {
        var claim = new NpgsqlBatchCommand(ClaimSql);
        claim.With(ocid);
        claim.With(nonce);
        claim.With(keepUntil);
        claim.With(now);
        Commands = [claim];
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
