namespace PaymentGateway.Settlement.Delivery;

/// <summary>An attempt and the delivery state it leads to, written together.</summary>
internal sealed record AttemptRecord(
    DeliveryClaim Claim,
    string Trigger,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    ClassifiedResponse Response,
    string NextState,
    DateTimeOffset NextAttemptAt,
    string? JobId);
