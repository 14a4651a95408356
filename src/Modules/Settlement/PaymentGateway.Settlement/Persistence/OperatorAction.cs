namespace PaymentGateway.Settlement.Persistence;

/// <summary>Who did what to a delivery by hand, and when: the audit trail of the operator API.</summary>
internal sealed class OperatorAction
{
    public long Id { get; set; }

    public string Txid { get; set; } = "";

    /// <summary>For now always <c>operator-redeliver</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The operator's sign-in name.</summary>
    public string Operator { get; set; } = "";

    /// <summary>How it was asked for: <c>single</c>, <c>single, forced</c> or the bulk filter.</summary>
    public string Detail { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
