using PaymentGateway.Operators.Api;

namespace PaymentGateway.UnitTests.Operators;

public sealed class IsoInstantTests
{
    [Theory]
    [InlineData("2026-11-26", "2026-11-26T00:00:00.0000000+00:00")]
    [InlineData("2026-11-26T12:30", "2026-11-26T12:30:00.0000000+00:00")]
    [InlineData("2026-11-26T12:30:05Z", "2026-11-26T12:30:05.0000000+00:00")]
    [InlineData("2026-11-26T12:30:05.25+02:00", "2026-11-26T10:30:05.2500000+00:00")]
    public void An_ISO_8601_date_or_time_is_an_instant_in_UTC(string text, string expected)
    {
        Assert.True(IsoInstant.TryParse(text, out var instant));
        Assert.Equal(expected, instant.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1/2/2026")]
    [InlineData("2026-13-01")]
    [InlineData("2026-11-26T25:00")]
    [InlineData("2026-11-26T12:00:00Z\u0000")]
    public void Anything_else_is_refused(string text) => Assert.False(IsoInstant.TryParse(text, out _));
}
