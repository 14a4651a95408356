namespace PaymentGateway.Settlement.Delivery;

/// <summary>A delivery this host holds the lease on, for attempt number <see cref="Attempt"/>.</summary>
internal sealed record DeliveryClaim(string Txid, long RecipientOcid, int Attempt, int MaxAttempts, string ProofJson, string Signature);
