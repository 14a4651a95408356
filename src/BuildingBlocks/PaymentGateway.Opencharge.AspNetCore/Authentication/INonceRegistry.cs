namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>Remembers (OCID, nonce) pairs so a signed request cannot be replayed.</summary>
public interface INonceRegistry
{
    /// <summary>Records the pair; false when it was already recorded (a replay). Must be atomic across hosts.</summary>
    Task<bool> TryRecordAsync(long ocid, string nonce, DateTimeOffset keepUntil, CancellationToken cancellationToken);
}
