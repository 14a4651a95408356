namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// A card acquirer, used the way real acquirers are made safe to retry: every charge carries an idempotency key
/// (<see cref="CardCharge.IdempotencyKey"/>, one per payment attempt) and the acquirer answers a repeated key with the
/// first outcome instead of charging again. A payment attempt whose host died before it learnt the outcome is
/// resolved by looking its key up (<see cref="FindChargeAsync"/>).
/// </summary>
internal interface ICardProcessor
{
    /// <summary>Charges the card, or answers the outcome of the earlier charge under the same idempotency key.</summary>
    Task<CardResult> ChargeAsync(CardCharge charge, CancellationToken cancellationToken);

    /// <summary>What became of the charge sent under <paramref name="idempotencyKey"/>, if it ever arrived.</summary>
    Task<ChargeOutcome> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Undoes an approved charge that no session could take (a completion that did not commit).</summary>
    Task VoidAsync(string paymentId, CancellationToken cancellationToken);
}
