namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// One claim of a session by one payment (attempt <see cref="Number"/> counts from 1 per session; a declined card
/// releases the session and the next card is the next attempt). Everything the acquirer sees about the attempt is
/// derived from the pair, so a host that takes over a dead host's attempt sends and looks up the very same key.
/// </summary>
internal sealed record PaymentAttempt(string SessionId, int Number)
{
    public string IdempotencyKey => $"{SessionId}:{Number}";

    public string PaymentId => PaymentIds.For(IdempotencyKey);
}
