using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>The merchant gateway's page: its balance at the payment gateway and the payout of it to the merchant.</summary>
public sealed partial class PayoutTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture _fixture;

    public PayoutTests(SandboxFixture fixture) => _fixture = fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_the_balance_read_with_a_signed_request()
    {
        _fixture.Gateway.UsdBalance = "40.25";
        var before = _fixture.Gateway.TransferRequests.Count;

        var page = await _fixture.PageAsync("/mg", Ct);

        Assert.Contains("<dd id=\"balance-USD\">40.25</dd>", page, StringComparison.Ordinal);
        var request = Assert.Single(_fixture.Gateway.TransferRequests.Skip(before));
        Assert.Equal("GET", request.Method);
        Assert.Equal("/opencharge/accounts/balance", request.Target);
        await AssertSignedByTheMerchantGatewayAsync(request);
    }

    [Fact]
    public async Task Pay_out_moves_the_whole_balance_to_the_merchant_with_a_fresh_reference_each_time()
    {
        _fixture.Gateway.UsdBalance = "12.50";
        var before = _fixture.Gateway.TransferRequests.Count;

        using var first = await PayOutAsync();
        using var second = await PayOutAsync();

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal("/mg", first.Headers.Location!.ToString());
        var creates = _fixture.Gateway.TransferRequests.Skip(before).Where(r => r.Target == "/opencharge/transfer/create").ToList();
        Assert.Equal(2, creates.Count);
        foreach (var create in creates)
        {
            await AssertSignedByTheMerchantGatewayAsync(create);
            var body = JsonNode.Parse(create.Body)!;
            Assert.Equal(SandboxFixture.MerchantGatewayOcid, body["from"]!["ocid"]!.GetValue<long>());
            Assert.Equal(SandboxFixture.MerchantOcid, body["to"]!["ocid"]!.GetValue<long>());
            Assert.Equal("12.50", body["amount"]!.GetValue<string>());
            Assert.Equal("USD", body["currency"]!.GetValue<string>());
        }

        var references = creates.Select(c => JsonNode.Parse(c.Body)!["from"]!["reference"]!.GetValue<string>()).ToList();
        Assert.All(references, r => Assert.StartsWith("payout_", r, StringComparison.Ordinal));
        Assert.NotEqual(references[0], references[1]);

        var page = await _fixture.PageAsync("/mg", Ct);
        Assert.Contains(references[1], page, StringComparison.Ordinal);
        Assert.Contains("<td>accepted</td>", page, StringComparison.Ordinal);
        Assert.Contains("pg_tx_", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.00")]
    [InlineData(null)]
    public async Task Nothing_is_sent_when_there_is_nothing_to_pay_out(string? balance)
    {
        _fixture.Gateway.UsdBalance = balance;
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await PayOutAsync();

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain(_fixture.Gateway.TransferRequests.Skip(before), r => r.Target == "/opencharge/transfer/create");
    }

    [Fact]
    public async Task A_refused_payout_is_listed_with_the_gateways_code_html_encoded()
    {
        _fixture.Gateway.UsdBalance = "5.00";
        _fixture.Gateway.NextError = (402, "INSUFFICIENT_FUNDS", "Only <i>0.00</i> available");

        using var response = await PayOutAsync();

        var page = await _fixture.PageAsync("/mg", Ct);
        Assert.Contains("INSUFFICIENT_FUNDS: Only &lt;i&gt;0.00&lt;/i&gt; available", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pay_out_without_the_antiforgery_token_is_refused_before_any_transfer()
    {
        _fixture.Gateway.UsdBalance = "12.50";
        using var browser = _fixture.NewBrowser();
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await browser.PostAsync(new Uri("/mg/payout", UriKind.Relative), new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _fixture.Gateway.TransferRequests.Count);
    }

    [Fact]
    public async Task A_double_click_on_one_payout_form_asks_for_one_transfer_twice_under_the_same_reference_and_lists_it_once()
    {
        _fixture.Gateway.UsdBalance = "7.25";
        var before = _fixture.Gateway.TransferRequests.Count;
        using var browser = _fixture.NewBrowser();
        var form = await PayoutFormAsync(browser);

        using var first = await browser.PostAsync(new Uri("/mg/payout", UriKind.Relative), new FormUrlEncodedContent(form), Ct);
        var listed = Occurrences(await _fixture.PageAsync("/mg", Ct), form["reference"]);
        using var second = await browser.PostAsync(new Uri("/mg/payout", UriKind.Relative), new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        var references = _fixture.Gateway.TransferRequests.Skip(before).Where(r => r.Target == "/opencharge/transfer/create")
            .Select(c => JsonNode.Parse(c.Body)!["from"]!["reference"]!.GetValue<string>()).ToList();
        Assert.Equal([form["reference"], form["reference"]], references);
        Assert.True(listed > 0, "the payout is listed");
        Assert.Equal(listed, Occurrences(await _fixture.PageAsync("/mg", Ct), form["reference"]));
    }

    [Fact]
    public async Task A_payout_form_without_its_reference_is_refused_before_any_transfer()
    {
        _fixture.Gateway.UsdBalance = "12.50";
        var before = _fixture.Gateway.TransferRequests.Count;

        using var response = await _fixture.SubmitFormAsync("/mg", "/mg/payout", new Dictionary<string, string>(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(_fixture.Gateway.TransferRequests.Skip(before), r => r.Target == "/opencharge/transfer/create");
    }

    /// <summary>Loads the merchant gateway page and submits its payout form as a browser would: token and reference.</summary>
    private async Task<HttpResponseMessage> PayOutAsync()
    {
        using var browser = _fixture.NewBrowser();
        return await browser.PostAsync(new Uri("/mg/payout", UriKind.Relative), new FormUrlEncodedContent(await PayoutFormAsync(browser)), Ct);
    }

    private static async Task<Dictionary<string, string>> PayoutFormAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync(new Uri("/mg", UriKind.Relative), Ct);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenField().Match(page).Groups[1].Value,
            ["reference"] = ReferenceField().Match(page).Groups[1].Value,
        };
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"reference\" value=\"(payout_[0-9a-f]{16})\"")]
    private static partial Regex ReferenceField();

    private async Task AssertSignedByTheMerchantGatewayAsync(Fakes.RecordedRequest request)
    {
        var key = await _fixture.PublishedKeyAsync("/mg/metadata.json", Ct);
        Assert.Equal("300", request.Headers[OpenchargeHeaders.Id]);
        Assert.True(RequestSigning.Verify(
            key, request.Headers[OpenchargeHeaders.Id], request.Headers[OpenchargeHeaders.Timestamp], request.Headers[OpenchargeHeaders.Nonce],
            request.Headers[OpenchargeHeaders.Signature], request.Method, request.Target, basePath: null, request.Body));
    }
}
