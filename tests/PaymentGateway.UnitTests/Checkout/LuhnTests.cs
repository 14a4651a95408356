using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.UnitTests.Checkout;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4000000000000002")]
    [InlineData("4000000000009995")]
    [InlineData("5555555555554444")]
    [InlineData("378282246310005")]
    [InlineData("79927398713")]
    public void Valid_numbers_pass(string number) => Assert.True(Luhn.IsValid(number));

    [Theory]
    [InlineData("4242424242424241")]
    [InlineData("79927398710")]
    [InlineData("4242 4242 4242 4242")]
    [InlineData("42424242424242a2")]
    [InlineData("")]
    public void Invalid_numbers_fail(string number) => Assert.False(Luhn.IsValid(number));
}
