namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>Remembers (OCID, nonce) pairs so a signed request cannot be replayed. Scoped: one per request.</summary>
public interface INonceRegistry
{
    /// <summary>Records the pair now; false when it was already recorded (a replay). Must be atomic across hosts.</summary>
    Task<bool> TryRecordAsync(long ocid, string nonce, DateTimeOffset keepUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Records the pair with the request's first database write, in its transaction (endpoints marked
    /// <see cref="NonceWithFirstWrite"/>): on a replay that write throws <see cref="NonceReplayedException"/> and takes
    /// no effect. Still atomic across hosts.
    /// </summary>
    void RecordWithFirstWrite(long ocid, string nonce, DateTimeOffset keepUntil);

    /// <summary>
    /// After the endpoint: records the deferred pair alone if no write carried it. False when it was a replay (whether
    /// refused with the write or now).
    /// </summary>
    Task<bool> SettleAsync(CancellationToken cancellationToken);
}
