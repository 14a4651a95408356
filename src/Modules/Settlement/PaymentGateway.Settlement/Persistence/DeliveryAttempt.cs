namespace PaymentGateway.Settlement.Persistence;

/// <summary>One HTTP attempt at delivering a proof, with what came back.</summary>
internal sealed class DeliveryAttempt
{
    public long Id { get; set; }

    public string Txid { get; set; } = "";

    /// <summary>1-based, from the delivery's claim counter; unique per delivery.</summary>
    public int Attempt { get; set; }

    /// <summary>first, retry, resume or operator-requeue.</summary>
    public string Trigger { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public int DurationMs { get; set; }

    public int? HttpStatus { get; set; }

    /// <summary>delivered, rejected or retryable.</summary>
    public string Outcome { get; set; } = "";

    public string Reason { get; set; } = "";
}
