namespace PaymentGateway.Modularity.Messaging;

public enum ReplayOutcome
{
    /// <summary>This call unparked the message; the relay picks it up on its next poll.</summary>
    Replayed,

    /// <summary>Not parked and not relayed yet (e.g. replayed a moment ago): nothing to do.</summary>
    Pending,

    /// <summary>Already relayed: nothing to do.</summary>
    Processed,

    NotFound,
}
