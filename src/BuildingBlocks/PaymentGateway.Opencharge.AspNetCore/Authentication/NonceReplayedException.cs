namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// Thrown by the write that carried a deferred nonce claim (<see cref="INonceRegistry.RecordWithFirstWrite"/>) when
/// the pair was already recorded: nothing of that write took effect, and <see cref="DeferredNonceSettlement"/>
/// answers 401 NONCE_REUSED.
/// </summary>
public sealed class NonceReplayedException : Exception
{
    public NonceReplayedException()
        : base("This nonce was already used.")
    {
    }

    public NonceReplayedException(string message)
        : base(message)
    {
    }

    public NonceReplayedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
