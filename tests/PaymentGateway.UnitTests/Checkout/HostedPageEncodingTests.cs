using PaymentGateway.Checkout.Features.HostedPage.Rendering;

namespace PaymentGateway.UnitTests.Checkout;

/// <summary>Everything in an order or a partner's metadata is untrusted; nothing of it may become markup.</summary>
public sealed class HostedPageEncodingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string AttributeBreakout = "\" onmouseover=\"alert(1)";

    [Fact]
    public void Order_text_is_encoded_everywhere_it_appears()
    {
        var html = Render(new MerchantView(Script, null),
            new OrderView([new OrderItemView("1", Script, "1.00" + Script)], Script, UnsignedItemsHidden: false), amount: "9.99" + Script, currency: "USD" + Script);

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Quotes_cannot_break_out_of_attributes()
    {
        var html = Render(new MerchantView("M", "https://cdn.example/icon.png" + AttributeBreakout), new OrderView([], null, UnsignedItemsHidden: false),
            expiry: AttributeBreakout, name: AttributeBreakout);

        Assert.DoesNotContain("\" onmouseover=", html);
        Assert.Contains("&quot; onmouseover=&quot;alert(1)", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/x")]
    [InlineData("/relative")]
    [InlineData("ftp://files.example/x")]
    public void Only_http_and_https_urls_become_links(string url)
    {
        Assert.Null(SafeUrl.ForAttribute(url));
        var html = StatePageRenderer.Completed("", new MerchantView("M", url), "1.00", "USD", url);
        Assert.DoesNotContain("href=\"" + url.Trim(), html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Safe_urls_are_kept_and_attribute_encoded()
    {
        Assert.Equal("https://shop.example/done?a=1&amp;b=%22x%22", SafeUrl.ForAttribute("https://shop.example/done?a=1&b=\"x\""));
        Assert.Equal("http://shop.example:8080", SafeUrl.Origin("http://shop.example:8080/x"));
        Assert.Equal("https://shop.example", SafeUrl.Origin("https://shop.example/x"));
    }

    [Fact]
    public void The_card_number_and_cvc_are_never_echoed()
    {
        var html = Render(new MerchantView("M", null), new OrderView([], null, UnsignedItemsHidden: false), expiry: "12/39", name: "Ada");

        Assert.Contains("id=\"card_number\" name=\"card_number\" type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\" required value=\"\"", html);
        Assert.Contains("id=\"cvc\" name=\"cvc\" type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-csc\" maxlength=\"4\" required value=\"\"", html);
        Assert.Contains("value=\"12/39\"", html);
    }

    [Fact]
    public void Stored_order_json_is_read_tolerantly()
    {
        var order = OrderViewParser.Parse("""
            {"memo":"Thanks","items":[{"name":"A","quantity":2,"price":"1.50"},{"name":5},"junk",{"name":"B","quantity":1.5,"price":"2"}]}
            """, "R");

        Assert.Equal("Thanks", order.Memo);
        Assert.Equal([new OrderItemView("2", "A", "1.50"), new OrderItemView("1.5", "B", "2")], order.Items);
        Assert.Empty(OrderViewParser.Parse("not json", "R").Items);
        Assert.Empty(OrderViewParser.Parse("""{"memo":"\ud800","items":[{"name":"\udc00","quantity":1,"price":"1"}]}""", "R").Items);
    }

    [Fact]
    public void A_T_signed_order_shows_only_what_its_signature_covers()
    {
        // T keeps nested keys only when they are top-level keys too: here "name" and "price" are, "quantity" is not.
        const string Order = """
            {"memo":"Thanks","name":"Shop","price":"3","items":[{"name":"A","quantity":2,"price":"1.50"}]}
            """;

        var order = OrderViewParser.Parse(Order, "T");

        Assert.Equal("Thanks", order.Memo);
        Assert.Empty(order.Items);
        Assert.True(order.UnsignedItemsHidden);
        Assert.False(OrderViewParser.Parse(Order, "R").UnsignedItemsHidden);
        Assert.Single(OrderViewParser.Parse(Order.Replace("\"price\":\"3\"", "\"price\":\"3\",\"quantity\":9", StringComparison.Ordinal), "T").Items);
    }

    private static string Render(MerchantView merchant, OrderView order, string amount = "99.99", string currency = "USD",
        string expiry = "", string name = "") =>
        CheckoutPageRenderer.Render(new CheckoutPageModel("", "cs_1", merchant, order, amount, currency, TimeSpan.FromMinutes(5),
            new AntiforgeryField("__RequestVerificationToken", "token"),
            new FormFeedback(new Dictionary<string, string>(), null, expiry, name)));
}
