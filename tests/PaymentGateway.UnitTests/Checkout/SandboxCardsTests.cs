using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.UnitTests.Checkout;

/// <summary>The sandbox's test-card convention (its idempotency is covered against PostgreSQL in the integration tests).</summary>
public sealed class SandboxCardsTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("5555555555554444")]
    [InlineData("79927398713")]
    public void Test_and_other_valid_cards_are_approved(string number)
    {
        Assert.True(SandboxCards.Decide(number).Approved);
    }

    [Fact]
    public void The_decline_card_is_declined()
    {
        var result = SandboxCards.Decide("4000000000000002");

        Assert.False(result.Approved);
        Assert.Equal("card_declined", result.DeclineCode);
        Assert.Equal("Your card was declined.", result.DeclineMessage);
    }

    [Fact]
    public void The_insufficient_funds_card_is_declined_for_that_reason()
    {
        var result = SandboxCards.Decide("4000000000009995");

        Assert.False(result.Approved);
        Assert.Equal("insufficient_funds", result.DeclineCode);
        Assert.Contains("insufficient funds", result.DeclineMessage);
    }
}
