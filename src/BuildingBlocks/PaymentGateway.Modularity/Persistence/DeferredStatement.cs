using Npgsql;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// Statements a module wants committed with the request's first write (see <see cref="RequestWrites"/>) without
/// knowing which module writes: the owner builds the commands and says what their failure means, the writer only
/// carries them. Executed at most once.
/// </summary>
public abstract class DeferredStatement
{
    /// <summary>The commands, run in this order before the carrying write's own, in its transaction.</summary>
    public abstract IReadOnlyList<NpgsqlBatchCommand> Commands { get; }

    /// <summary>True once the commands were committed (with a write or alone).</summary>
    public bool Committed { get; internal set; }

    /// <summary>
    /// What a failure of the batch means to the owner of these commands (e.g. a replayed nonce refused by its primary
    /// key, recognised by the constraint's name), as the exception the request should fail with; null when the failure
    /// is not theirs, to let it propagate unchanged.
    /// </summary>
    public abstract Exception? Translate(PostgresException failure);
}
