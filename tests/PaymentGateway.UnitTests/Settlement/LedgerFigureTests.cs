using PaymentGateway.Settlement.Features.OperatorLedger;

namespace PaymentGateway.UnitTests.Settlement;

public sealed class LedgerFigureTests
{
    [Theory]
    [InlineData("0.0", "USD", "0.00")]
    [InlineData("0.0", "JPY", "0")]
    [InlineData("0.0", "BHD", "0.000")]
    [InlineData("12.5", "USD", "12.50")]
    [InlineData("1500.0", "JPY", "1500")]
    [InlineData("-3.0", "USD", "-3.00")]
    [InlineData("799999999999999999999999999.92", "USD", "799999999999999999999999999.92")]
    [InlineData("1.2345", "USD", "1.2345")] // never drops a digit that is not zero
    [InlineData("0.0", "ETH", "0")] // no ISO minor units: a zero reads "0"
    [InlineData("0.000000000000000001", "ETH", "0.000000000000000001")]
    [InlineData("1.50", "ETH", "1.50")]
    public void Pads_or_strips_zeros_to_the_minor_units_only(string figure, string currency, string shown) =>
        Assert.Equal(shown, LedgerFigure.InMinorUnits(figure, currency));
}
