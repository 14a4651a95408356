using PaymentGateway.Checkout.Payments;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.UnitTests.Checkout;

public sealed class SandboxCardProcessorTests
{
    private readonly SandboxCardProcessor _processor = new();

    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("5555555555554444")]
    [InlineData("79927398713")]
    public async Task Test_and_other_valid_cards_are_approved(string number)
    {
        var result = await ChargeAsync(number);

        Assert.True(result.Approved);
    }

    [Fact]
    public async Task The_decline_card_is_declined()
    {
        var result = await ChargeAsync("4000000000000002");

        Assert.False(result.Approved);
        Assert.Equal("card_declined", result.DeclineCode);
        Assert.Equal("Your card was declined.", result.DeclineMessage);
    }

    [Fact]
    public async Task The_insufficient_funds_card_is_declined_for_that_reason()
    {
        var result = await ChargeAsync("4000000000009995");

        Assert.False(result.Approved);
        Assert.Equal("insufficient_funds", result.DeclineCode);
        Assert.Contains("insufficient funds", result.DeclineMessage);
    }

    private Task<CardResult> ChargeAsync(string number) =>
        _processor.ChargeAsync(new CardCharge("pay_1", "cs_1", OpenchargeAmount.Parse("99.99"), "USD", new CardDetails(number, 12, 2039, "123", "Ada")),
            TestContext.Current.CancellationToken);
}
