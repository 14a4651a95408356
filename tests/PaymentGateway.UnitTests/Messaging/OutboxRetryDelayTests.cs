using PaymentGateway.Modularity.Messaging;

namespace PaymentGateway.UnitTests.Messaging;

public sealed class OutboxRetryDelayTests
{
    private static readonly OutboxOptions Defaults = new();

    [Fact]
    public void The_back_off_doubles_from_the_poll_interval_up_to_the_cap()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), Defaults.RetryDelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(4), Defaults.RetryDelayAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(256), Defaults.RetryDelayAfter(8));
        Assert.Equal(Defaults.MaxRetryDelay, Defaults.RetryDelayAfter(9));
        Assert.Equal(Defaults.MaxRetryDelay, Defaults.RetryDelayAfter(int.MaxValue));
    }

    [Fact]
    public void With_the_defaults_a_message_is_parked_after_about_13_minutes_of_failures_as_the_README_says()
    {
        // Nine waits between ten attempts.
        var span = Enumerable.Range(1, Defaults.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, attempt) => sum + Defaults.RetryDelayAfter(attempt));
        Assert.Equal(10, Defaults.MaxAttempts);
        Assert.InRange(span.TotalMinutes, 13, 14);
    }
}
