using Npgsql;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>
/// One request's writes across modules in one round trip and one commit, with no module naming another's tables: a
/// module defers its statements (<see cref="Defer"/>: the nonce claim of the request's authentication), and the
/// request's first write (<see cref="ExecuteAsync"/>) sends them in front of its own commands as one
/// <see cref="NpgsqlBatch"/>. Without an explicit transaction PostgreSQL runs a batch as one implicit transaction: if
/// any statement fails, none of them takes effect. A request that writes nothing runs them alone
/// (<see cref="FlushAsync"/>). Scoped: one per request.
/// </summary>
public sealed class RequestWrites(NpgsqlDataSource dataSource)
{
    private readonly List<DeferredStatement> _pending = [];

    public NpgsqlBatch CreateBatch() => dataSource.CreateBatch();

    public void Defer(DeferredStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        _pending.Add(statement);
    }

    /// <summary>
    /// Executes <paramref name="batch"/> (from <see cref="CreateBatch"/>) with every deferred statement first. A failure
    /// of a deferred statement surfaces as its owner's exception (<see cref="DeferredStatement.Translate"/>); after
    /// any other failure the deferred statements stay pending, as nothing of the batch was committed.
    /// </summary>
    public async Task ExecuteAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var carried = _pending.ToArray();
        _pending.Clear();
        var position = 0;
        foreach (var statement in carried)
            foreach (var command in statement.Commands)
                batch.BatchCommands.Insert(position++, command);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException failure) when (Translate(carried, failure) is { } translated)
        {
            throw translated;
        }
        catch
        {
            _pending.InsertRange(0, carried);
            throw;
        }
        finally
        {
            // The commands belong to their statement; a batch that is disposed must not take them along.
            for (var i = position - 1; i >= 0; i--)
                batch.BatchCommands.RemoveAt(i);
        }
        foreach (var statement in carried)
            statement.Committed = true;
    }

    private static Exception? Translate(DeferredStatement[] carried, PostgresException failure)
    {
        foreach (var statement in carried)
            if (statement.Translate(failure) is { } translated)
                return translated;
        return null;
    }

    /// <summary>Runs the deferred statements that no write carried, alone (one round trip, one commit).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
            return;
        await using var batch = CreateBatch();
        await ExecuteAsync(batch, cancellationToken);
    }
}
