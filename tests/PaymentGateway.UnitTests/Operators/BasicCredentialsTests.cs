using System.Text;
using PaymentGateway.Operators.SignIn;

namespace PaymentGateway.UnitTests.Operators;

public sealed class BasicCredentialsTests
{
    [Fact]
    public void A_well_formed_header_gives_user_and_password_and_the_password_may_contain_colons()
    {
        Assert.True(BasicCredentials.TryParse("Basic " + Encode("admin:s3cret:with:colons"), out var credentials));
        Assert.Equal("admin", credentials.UserName);
        Assert.Equal("s3cret:with:colons", credentials.Password);
    }

    [Fact]
    public void The_scheme_is_case_insensitive_and_an_empty_password_is_allowed()
    {
        Assert.True(BasicCredentials.TryParse("basic " + Encode("viewer:"), out var credentials));
        Assert.Equal(("viewer", ""), (credentials.UserName, credentials.Password));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic")]
    [InlineData("Basic ")]
    [InlineData("Bearer abc.def")]
    [InlineData("Basic not*base64!")]
    [InlineData("Basic YWRtaW4")] // "admin" without padding
    public void Malformed_headers_are_refused(string? header) =>
        Assert.False(BasicCredentials.TryParse(header, out _));

    [Theory]
    [InlineData("adminpassword")] // no colon
    [InlineData(":password")] // empty user name
    public void Credentials_without_a_user_name_are_refused(string decoded) =>
        Assert.False(BasicCredentials.TryParse("Basic " + Encode(decoded), out _));

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused() =>
        Assert.False(BasicCredentials.TryParse("Basic " + Convert.ToBase64String([0x61, 0x3a, 0xff, 0xfe]), out _));

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
