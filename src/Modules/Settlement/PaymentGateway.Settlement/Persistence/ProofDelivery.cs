namespace PaymentGateway.Settlement.Persistence;

/// <summary>
/// The delivery of one proof to its recipient's <c>/transfer/webhook</c>. A host may attempt it only after claiming
/// it (<see cref="LockedUntil"/>, a lease), so hosts sharing the database never deliver one proof at the same moment.
/// </summary>
internal sealed class ProofDelivery
{
    public string Txid { get; set; } = "";

    public long RecipientOcid { get; set; }

    public string State { get; set; } = DeliveryStates.Pending;

    /// <summary>Attempts claimed so far (incremented by the claim, before the HTTP call).</summary>
    public int Attempts { get; set; }

    /// <summary>When <see cref="Attempts"/> reaches this the delivery is dead; an operator requeue raises it.</summary>
    public int MaxAttempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string? LastReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int RequeueCount { get; set; }

    public DateTimeOffset? LastRequeuedAt { get; set; }

    /// <summary>The Hangfire job whose attempt made the delivery dead; requeueing that job (and only it) revives it.</summary>
    public string? DeadJobId { get; set; }
}
