using PaymentGateway.Settlement.Delivery;

namespace PaymentGateway.UnitTests.Settlement;

public sealed class BackoffScheduleTests
{
    private static readonly DeliveryOptions Defaults = new();
    private static readonly BackoffSchedule Schedule = new(Defaults.BaseDelay, Defaults.MaxDelay);

    [Fact]
    public void Caps_double_from_the_base_and_stop_at_the_maximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), Schedule.CapAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(120), Schedule.CapAfter(2));
        for (var attempt = 2; attempt <= 100; attempt++)
        {
            Assert.True(Schedule.CapAfter(attempt) >= Schedule.CapAfter(attempt - 1), $"cap after {attempt} went down");
            Assert.True(Schedule.CapAfter(attempt) <= Defaults.MaxDelay);
        }
        Assert.Equal(Defaults.MaxDelay, Schedule.CapAfter(11));
        Assert.Equal(Defaults.MaxDelay, Schedule.CapAfter(int.MaxValue));
    }

    [Fact]
    public void Full_jitter_stays_within_zero_and_the_cap()
    {
        var random = new Random(42);
        for (var attempt = 1; attempt < Defaults.MaxAttempts; attempt++)
        {
            var delays = Enumerable.Range(0, 1000).Select(_ => Schedule.DelayAfter(attempt, random)).ToList();
            Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, Schedule.CapAfter(attempt)));
            // Spread over the whole range, not bunched at one end.
            Assert.InRange(delays.Average(d => d.TotalSeconds) / Schedule.CapAfter(attempt).TotalSeconds, 0.4, 0.6);
        }
    }

    [Fact]
    public void With_the_defaults_the_retries_span_about_three_days_at_most()
    {
        // Delays happen after attempts 1..14 of 15.
        var longest = Enumerable.Range(1, Defaults.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, n) => sum + Schedule.CapAfter(n));
        Assert.InRange(longest.TotalDays, 2.5, 3.0);
        Assert.Equal(234_180, longest.TotalSeconds);
    }
}
