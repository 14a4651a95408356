using PaymentGateway.Checkout;

namespace PaymentGateway.UnitTests.Checkout;

/// <summary>The success and cancel URL type: only what a Location header can carry, in its ASCII form.</summary>
public sealed class RedirectUrlTests
{
    [Theory]
    [InlineData("http://merchant.example/ok")]
    [InlineData("http://127.0.0.1:5090/paid")]
    public void Http_is_refused_in_secure_mode_and_kept_in_insecure_mode(string url)
    {
        Assert.Null(RedirectUrl.Parse(url, allowHttp: false));
        Assert.Equal(url, RedirectUrl.Parse(url, allowHttp: true)?.Value);
    }

    [Theory]
    [InlineData("https://b\u00fccher.example/danke?f\u00fcr=J\u00fcrgen#oben", "https://xn--bcher-kva.example/danke?f%C3%BCr=J%C3%BCrgen#oben")]
    [InlineData("https://merchant.example/p\u00e4th/\u4e2d\u6587 ok", "https://merchant.example/p%C3%A4th/%E4%B8%AD%E6%96%87%20ok")]
    [InlineData("https://MERCHANT.Example:443/ok", "https://merchant.example/ok")]
    [InlineData("https://merchant.example:8443", "https://merchant.example:8443/")]
    [InlineData("https://merchant.example/ok?already=%C3%A4", "https://merchant.example/ok?already=%C3%A4")]
    [InlineData("https://merchant.example/\ud83d\ude00", "https://merchant.example/%F0%9F%98%80")]
    [InlineData("https://[::1]:8443/ok", "https://[::1]:8443/ok")]
    [InlineData("https://192.0.2.1/ok", "https://192.0.2.1/ok")]
    public void Urls_are_normalised_to_ascii(string url, string normalised)
    {
        Assert.Equal(normalised, RedirectUrl.Parse(url, allowHttp: false)?.Value);
        // Normalising is idempotent: the stored form parses to itself.
        Assert.Equal(normalised, RedirectUrl.Parse(normalised, allowHttp: false)?.Value);
    }

    [Theory]
    [InlineData("https://merchant.example/ok\r\nSet-Cookie: a=b")]
    [InlineData("https://merchant.example/ok\u0000")]
    [InlineData("https://merchant.example/ok\u0085")]
    [InlineData("https://user:pass@merchant.example/ok")]
    [InlineData("/relative")]
    [InlineData("relative/path")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData(" https://merchant.example/ok")]
    [InlineData("https://merchant.example/ok ")]
    [InlineData("")]
    [InlineData(null)]
    public void What_cannot_be_a_redirect_is_refused(string? url)
    {
        Assert.Null(RedirectUrl.Parse(url, allowHttp: true));
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        // Built at run time: an attribute argument cannot carry a lone surrogate (it would arrive as U+FFFD).
        foreach (var lone in new[] { '\ud800', '\udc00' })
        {
            Assert.Null(RedirectUrl.Parse("https://merchant.example/ok" + lone, allowHttp: true));
            Assert.Null(RedirectUrl.Parse("https://merchant.example/" + lone + "x", allowHttp: true));
        }
    }

    [Fact]
    public void The_length_limit_applies_to_the_encoded_form()
    {
        Assert.NotNull(RedirectUrl.Parse("https://merchant.example/" + new string('a', 2000), allowHttp: false));
        Assert.Null(RedirectUrl.Parse("https://merchant.example/" + new string('\u00e4', 400), allowHttp: false));
    }
}
