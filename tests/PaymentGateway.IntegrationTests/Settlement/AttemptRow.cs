namespace PaymentGateway.IntegrationTests.Settlement;

public sealed record AttemptRow(int Attempt, string Trigger, int? HttpStatus, string Outcome, DateTimeOffset StartedAt, int DurationMs, string Reason)
{
    public DateTimeOffset EndedAt => StartedAt.AddMilliseconds(DurationMs);
}
