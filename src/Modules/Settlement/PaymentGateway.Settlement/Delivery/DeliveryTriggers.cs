namespace PaymentGateway.Settlement.Delivery;

/// <summary>Why an attempt was made; recorded with it.</summary>
internal static class DeliveryTriggers
{
    /// <summary>Right after the credit was committed, inside the event handler.</summary>
    public const string First = "first";

    /// <summary>A retry scheduled after a retryable failure.</summary>
    public const string Retry = "retry";

    /// <summary>Found pending and due by the resume sweep (e.g. after a restart).</summary>
    public const string Resume = "resume";

    /// <summary>An operator requeued the failed job of a dead delivery.</summary>
    public const string OperatorRequeue = "operator-requeue";

    /// <summary>An operator asked for the proof to be sent again through the operator API.</summary>
    public const string OperatorRedeliver = "operator-redeliver";
}
