using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Merchants.Replay;

/// <summary>
/// Records nonces in PostgreSQL (<see cref="NonceClaim"/>): the primary key makes the check atomic across requests
/// and hosts. Per request: the claim joins the request's first write when the endpoint asks for it, else it is run
/// alone before the endpoint.
/// </summary>
internal sealed class PostgresNonceRegistry(RequestWrites writes, TimeProvider clock) : INonceRegistry
{
    private NonceClaim? _deferred;

    public async Task<bool> TryRecordAsync(long ocid, string nonce, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        RecordWithFirstWrite(ocid, nonce, keepUntil);
        return await SettleAsync(cancellationToken);
    }

    public void RecordWithFirstWrite(long ocid, string nonce, DateTimeOffset keepUntil)
    {
        if (_deferred is not null)
            throw new InvalidOperationException("A request records one nonce.");
        _deferred = new NonceClaim(ocid, nonce, keepUntil, clock.GetUtcNow());
        writes.Defer(_deferred);
    }

    public async Task<bool> SettleAsync(CancellationToken cancellationToken)
    {
        var claim = _deferred ?? throw new InvalidOperationException("No nonce was recorded in this request.");
        if (!claim.Committed && !claim.Replayed)
        {
            try
            {
                await writes.FlushAsync(cancellationToken);
            }
            catch (NonceReplayedException)
            {
                // Replayed is now set.
            }
        }
        return !claim.Replayed;
    }
}
