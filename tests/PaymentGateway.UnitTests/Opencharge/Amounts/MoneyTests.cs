using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.UnitTests.Opencharge.Amounts;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1.5", "USD")]
    [InlineData("1.50", "USD")]
    [InlineData("100", "JPY")]
    [InlineData("0.001", "BHD")]
    [InlineData("0.0001", "CLF")]
    [InlineData("0.000000000000000001", "ETH")]
    [InlineData("0.00000001", "BTC")]
    [InlineData("5", "USDC")]
    [InlineData("1", "XAU")] // a funds code without minor units: the issuer's business, like a token
    public void Accepts_amounts_within_the_currency_minor_units(string amount, string currency)
    {
        var result = Money.Parse(amount, currency);

        Assert.Null(result.AmountError);
        Assert.Null(result.CurrencyError);
        Assert.NotNull(result.Money);
        Assert.Equal(amount, result.Money.Amount.Text);
        Assert.Equal(currency, result.Money.Currency);
    }

    [Theory]
    [InlineData("1.005", "USD", "USD has 2 minor units")]
    [InlineData("100.0", "JPY", "JPY has 0 minor units")]
    [InlineData("0.0001", "BHD", "BHD has 3 minor units")]
    [InlineData("0.0000000000000000001", "ETH", "at most 18 digits after the point")]
    [InlineData("79228162514264337593543950336", "USD", "at most 28 digits")]
    [InlineData("1.0000000000000000000000000001", "ETH", "at most 28 digits")]
    [InlineData("-5", "USD", "positive decimal string")]
    [InlineData("0.00", "USD", "greater than zero")]
    public void Refuses_the_amount_and_says_why(string amount, string currency, string reason)
    {
        var result = Money.Parse(amount, currency);

        Assert.Null(result.Money);
        Assert.Null(result.CurrencyError);
        Assert.Contains(reason, result.AmountError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("US D")]
    [InlineData("ÜSD")]
    public void Refuses_a_malformed_currency(string currency)
    {
        var result = Money.Parse("1.00", currency);

        Assert.Null(result.Money);
        Assert.Null(result.AmountError);
        Assert.NotNull(result.CurrencyError);
    }

    [Fact]
    public void Names_both_fields_when_both_are_wrong()
    {
        var result = Money.Parse("1e3", "usd");

        Assert.NotNull(result.AmountError);
        Assert.NotNull(result.CurrencyError);
    }

    [Fact]
    public void Still_checks_one_field_when_the_other_is_missing()
    {
        Assert.NotNull(Money.Parse(null, "usd").CurrencyError);
        Assert.NotNull(Money.Parse("1e3", null).AmountError);
        Assert.Equal(new MoneyParseResult(null, null, null), Money.Parse(null, null));
    }

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("BTC", 18)]
    [InlineData("ETH", 18)]
    [InlineData("XAU", 18)]
    public void Knows_iso_minor_units_and_allows_18_for_other_codes(string currency, int digits) =>
        Assert.Equal(digits, CurrencyMinorUnits.MaxFractionDigits(currency));
}
