namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// The one "revive" transition of a delivery (dead, rejected or delivered → pending, due now, with a fresh round of
/// attempts), written once and used by both ways of reviving: an operator's redelivery through the API and an
/// operator's requeue of the failed Hangfire job that made it dead.
/// </summary>
internal static class DeliveryRevival
{
    /// <summary>The SET list for <c>UPDATE settlement.deliveries AS d</c>.</summary>
    /// <param name="attempts">The placeholder of the number of further attempts.</param>
    /// <param name="now">The placeholder of the current time.</param>
    public static string Assignments(string attempts, string now) =>
        $"state = 'pending', max_attempts = d.attempts + {attempts}, next_attempt_at = {now}, locked_until = NULL, " +
        $"completed_at = NULL, dead_job_id = NULL, requeue_count = d.requeue_count + 1, last_requeued_at = {now}";
}
