using System.Globalization;
using System.Text.Json;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.UnitTests.Opencharge.Amounts;

public sealed class OpenchargeAmountTests
{
    [Theory]
    [InlineData("1", 0)]
    [InlineData("0.5", 1)]
    [InlineData("1.50", 2)]
    [InlineData("99.99", 2)]
    [InlineData("0.000000000000000001", 18)]
    [InlineData("9999999999999999999999999999", 0)] // 28 digits: the largest integer of the grammar
    [InlineData("1234567890.123456789012345678", 18)] // 28 digits, 18 after the point
    public void Accepts_plain_positive_decimals_and_keeps_text_value_and_scale(string text, int fractionDigits)
    {
        Assert.True(OpenchargeAmount.TryParse(text, out var amount));

        Assert.Equal(text, amount.Text);
        Assert.Equal(fractionDigits, amount.FractionDigits);
        // Exact: the decimal prints back the very string, trailing zeros included.
        Assert.Equal(text, amount.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(text, amount.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("01")]
    [InlineData("00.5")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1..5")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1\n")]
    [InlineData("1,5")]
    [InlineData("1_000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("\uFF11")] // fullwidth digit one
    [InlineData("\u0663")] // Arabic-Indic digit three
    [InlineData("79228162514264337593543950336")] // decimal.MaxValue + 1
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue: 29 digits, more than the grammar allows
    [InlineData("10000000000000000000000000000")] // 29 digits
    [InlineData("1.0000000000000000000000000001")] // 29 digits; decimal.Parse rounds it to 1
    [InlineData("0.0000000000000000001")] // 19 digits after the point
    public void Refuses_everything_else(string text)
    {
        Assert.False(OpenchargeAmount.TryParse(text, out var amount));
        Assert.Null(amount);
        Assert.Throws<FormatException>(() => OpenchargeAmount.Parse(text));
    }

    [Fact]
    public void Refuses_null() => Assert.False(OpenchargeAmount.TryParse(null, out _));

    [Fact]
    public void Two_spellings_of_one_number_are_different_amounts()
    {
        // The protocol compares amounts as strings (===): "1.5" and "1.50" are not the same order amount.
        Assert.NotEqual(OpenchargeAmount.Parse("1.5"), OpenchargeAmount.Parse("1.50"));
        Assert.Equal(OpenchargeAmount.Parse("1.50"), OpenchargeAmount.Parse("1.50"));
    }

    [Fact]
    public void Is_a_json_string_and_refuses_anything_else()
    {
        var amount = OpenchargeAmount.Parse("12.50");
        Assert.Equal("\"12.50\"", JsonSerializer.Serialize(amount));
        Assert.Equal(amount, JsonSerializer.Deserialize<OpenchargeAmount>("\"12.50\""));

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OpenchargeAmount>("12.50"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OpenchargeAmount>("\"1.0000000000000000000000000001\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OpenchargeAmount>("\"-1\""));
    }
}
