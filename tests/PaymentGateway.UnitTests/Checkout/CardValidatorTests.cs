using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.UnitTests.Checkout;

public sealed class CardValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_good_card_is_normalised_and_keeps_only_what_it_needs()
    {
        var result = Validate("4242 4242-4242 4242", " 12 / 39 ", "123", " Ada Lovelace ");

        Assert.True(result.IsValid);
        var card = result.Card!;
        Assert.Equal("4242424242424242", card.Number);
        Assert.Equal((12, 2039), (card.ExpiryMonth, card.ExpiryYear));
        Assert.Equal(("Visa", "4242", "Ada Lovelace"), (card.Brand, card.Last4, card.NameOnCard));
    }

    [Fact]
    public void A_card_never_prints_its_number_or_cvc()
    {
        var card = Validate("4242424242424242", "12/39", "987", "Ada").Card!;

        Assert.Equal("Visa ending 4242", card.ToString());
        Assert.DoesNotContain("987", new CardFormInput("4242424242424242", "12/39", "987", "Ada").ToString());
    }

    [Theory]
    [InlineData("4242424242424241")]
    [InlineData("1234")]
    [InlineData("4242x42424242424")]
    [InlineData("00000000000000000000")]
    public void A_number_that_is_not_a_card_number_is_a_field_error(string number) =>
        Assert.Equal("Your card number is invalid.", Validate(number, "12/39", "123", "Ada").Errors[CardFields.Number]);

    [Fact]
    public void An_empty_number_asks_for_one() =>
        Assert.Equal("Enter your card number.", Validate("", "12/39", "123", "Ada").Errors[CardFields.Number]);

    [Theory]
    [InlineData("11/26")] // the current month: a card is valid through the last day of its expiry month
    [InlineData("12/26")]
    [InlineData("1/27")]
    [InlineData("01/2027")]
    public void A_current_or_future_expiry_is_accepted(string expiry) =>
        Assert.True(Validate("4242424242424242", expiry, "123", "Ada").IsValid);

    [Theory]
    [InlineData("10/26")]
    [InlineData("12/25")]
    [InlineData("01/2020")]
    public void A_past_expiry_is_a_field_error(string expiry) =>
        Assert.Equal("Your card has expired.", Validate("4242424242424242", expiry, "123", "Ada").Errors[CardFields.Expiry]);

    [Theory]
    [InlineData("13/30")]
    [InlineData("00/30")]
    [InlineData("1230")]
    [InlineData("12/3")]
    [InlineData("ab/cd")]
    [InlineData("")]
    public void A_malformed_expiry_is_a_field_error(string expiry) =>
        Assert.Equal("Enter the expiry date as MM/YY.", Validate("4242424242424242", expiry, "123", "Ada").Errors[CardFields.Expiry]);

    [Theory]
    [InlineData("12")]
    [InlineData("12345")]
    [InlineData("12a")]
    [InlineData("")]
    public void A_malformed_cvc_is_a_field_error(string cvc) =>
        Assert.True(Validate("4242424242424242", "12/39", cvc, "Ada").Errors.ContainsKey(CardFields.Cvc));

    [Theory]
    [InlineData("123")]
    [InlineData("1234")]
    public void Three_or_four_digit_cvcs_are_accepted(string cvc) =>
        Assert.True(Validate("4242424242424242", "12/39", cvc, "Ada").IsValid);

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var result = Validate("1", "99/99", "1", " ");

        Assert.False(result.IsValid);
        Assert.Equal([CardFields.Number, CardFields.Cvc, CardFields.Expiry, CardFields.Name], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static CardValidationResult Validate(string number, string expiry, string cvc, string name) =>
        CardValidator.Validate(new CardFormInput(number, expiry, cvc, name), Now);
}
