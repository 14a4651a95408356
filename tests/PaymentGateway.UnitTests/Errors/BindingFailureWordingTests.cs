using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.UnitTests.Errors;

public sealed class BindingFailureWordingTests
{
    private enum Color { Red, Green }

    [Theory]
    [InlineData(typeof(int), "abc", "must be a whole number from -2147483648 to 2147483647, not 'abc'")]
    [InlineData(typeof(long?), "9223372036854775808", "must be a whole number from -9223372036854775808 to 9223372036854775807, not '9223372036854775808'")]
    [InlineData(typeof(Guid), "not-a-guid", "must be an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, not 'not-a-guid'")]
    [InlineData(typeof(bool), "yes", "must be true or false, not 'yes'")]
    [InlineData(typeof(Color), "Blue", "must be one of Red, Green, not 'Blue'")]
    [InlineData(typeof(IsoInstant?), "yesterday", "must be " + IsoInstant.Expected + ", not 'yesterday'")]
    [InlineData(typeof(Uri), "x", "must be a valid Uri, not 'x'")]
    public void A_failure_says_what_the_field_expects_and_what_was_sent(Type type, string sent, string expected) =>
        Assert.Equal(expected, BindingFailureWording.Describe(type, "field", sent));

    [Fact]
    public void A_long_value_is_cut_when_echoed()
    {
        var message = BindingFailureWording.Describe(typeof(int), "page", new string('9', 500));
        Assert.EndsWith(", not '" + new string('9', 40) + "…'", message, StringComparison.Ordinal);
    }
}
