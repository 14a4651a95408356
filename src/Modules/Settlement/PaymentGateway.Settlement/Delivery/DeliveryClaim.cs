namespace PaymentGateway.Settlement.Delivery;

/// <summary>A delivery this host holds the lease on, for attempt number <see cref="Attempt"/>.</summary>
/// <param name="CreatedAt">When the delivery was created, in the same transaction as the credit: the payment's completion.</param>
internal sealed record DeliveryClaim(string Txid, long RecipientOcid, int Attempt, int MaxAttempts, string ProofJson, string Signature, DateTimeOffset CreatedAt);
