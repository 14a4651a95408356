using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Tests.Fakes;
using PaymentGateway.Testing;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>
/// A fake payment gateway and the real sandbox, each on its own loopback port, talking real HTTP. One per test class;
/// tests within a class run one at a time, and each test places its own order.
/// </summary>
public sealed partial class SandboxFixture : IAsyncLifetime
{
    public const long MerchantOcid = 500;
    public const long MerchantGatewayOcid = 300;
    public const long BankOcid = 100;
    public const string WebhookPath = "/mg/opencharge/transfer/webhook";
    public const string MerchantWebhookPath = "/merchant/opencharge/transfer/webhook";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "sandbox-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _sandbox;

    internal FakePaymentGateway Gateway { get; } = new();

    internal string SandboxUrl { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await Gateway.StartAsync();

        // A fixed port so Sandbox:BaseUrl (used in the success/cancel URLs) is the real address.
        var port = LoopbackPorts.Free();
        SandboxUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        _sandbox = SandboxApplication.Build(
        [
            "--urls=" + SandboxUrl,
            "--Sandbox:BaseUrl=" + SandboxUrl,
            "--Sandbox:GatewayBaseUrl=" + Gateway.BaseUrl,
            "--Sandbox:GatewayMetadataUrl=" + Gateway.MetadataUrl,
            "--Sandbox:DataFolder=" + _dataFolder,
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _sandbox.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
            await _sandbox.DisposeAsync();
        await Gateway.DisposeAsync();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>A client that behaves like a browser for the tests: keeps cookies, does not follow redirects.</summary>
    internal HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(SandboxUrl),
        };

    /// <summary>Loads a page with a form, then submits that form to <paramref name="action"/> with the page's antiforgery token.</summary>
    internal async Task<HttpResponseMessage> SubmitFormAsync(string pagePath, string action, IDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var browser = NewBrowser();
        var page = await browser.GetStringAsync(new Uri(pagePath, UriKind.Relative), cancellationToken);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = TokenField().Match(page).Groups[1].Value };
        return await browser.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(form), cancellationToken);
    }

    internal async Task<string> PageAsync(string path, CancellationToken cancellationToken)
    {
        using var browser = NewBrowser();
        return await browser.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
    }

    /// <summary>The public key a sandbox party publishes in its metadata document.</summary>
    internal async Task<OpenchargePublicKey> PublishedKeyAsync(string metadataPath, CancellationToken cancellationToken)
    {
        var metadata = JsonNode.Parse(await PageAsync(metadataPath, cancellationToken))!;
        return OpenchargePublicKey.Parse(metadata["config"]!["publicKey"]!.GetValue<string>());
    }

    /// <summary>Loads the shop page, then submits its Buy form for the product, token included.</summary>
    internal async Task<PlacedOrder> PlaceOrderAsync(string productId, CancellationToken cancellationToken)
    {
        var browser = NewBrowser();
        var shop = await browser.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);
        var token = TokenField().Match(shop).Groups[1].Value;
        var before = Gateway.CheckoutRequests.Count;

        var response = await browser.PostAsync(
            new Uri("/buy", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["productId"] = productId }),
            cancellationToken);

        Assert.Equal(before + 1, Gateway.CheckoutRequests.Count);
        var request = Gateway.CheckoutRequests.Last();
        var orderId = JsonNode.Parse(request.Body)!["order"]!["id"]!.GetValue<string>();
        return new PlacedOrder(orderId, response, request);
    }

    /// <summary>A proof as our payment gateway issues it (docs/protocol.md, Transfer proofs).</summary>
    internal static JsonObject ProofFor(string orderId, string amount, string currency = "USD") => new()
    {
        ["txid"] = "pg_tx_" + Guid.NewGuid().ToString("N"),
        ["issuer"] = FakePaymentGateway.Ocid,
        ["from"] = new JsonObject { ["ocid"] = FakePaymentGateway.Ocid, ["reference"] = "pay_test" },
        ["to"] = new JsonObject { ["ocid"] = MerchantGatewayOcid, ["reference"] = orderId },
        ["amount"] = amount,
        ["currency"] = currency,
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["memo"] = "Payment for " + orderId,
    };

    /// <summary>POSTs <c>{proof, signature}</c> to the merchant gateway's webhook as a signed request.</summary>
    internal async Task<HttpResponseMessage> PostWebhookAsync(
        JsonObject proof,
        string proofSignature,
        CancellationToken cancellationToken,
        long senderOcid = FakePaymentGateway.Ocid,
        OpenchargePrivateKey? requestKey = null,
        long? timestamp = null,
        string? nonce = null,
        Func<byte[], byte[]>? alterBodyAfterSigning = null,
        string path = WebhookPath)
    {
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["proof"] = proof.DeepClone(), ["signature"] = proofSignature }.ToJsonString());
        var headers = RequestSigning.Sign(
            requestKey ?? Gateway.Key,
            senderOcid,
            timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            nonce ?? RequestSigning.NewNonce(),
            "POST",
            path,
            body);
        var sent = alterBodyAfterSigning?.Invoke(body) ?? body;

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(SandboxUrl + path)) { Content = new ByteArrayContent(sent) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(OpenchargeHeaders.Id, headers.Ocid);
        request.Headers.Add(OpenchargeHeaders.Timestamp, headers.Timestamp);
        request.Headers.Add(OpenchargeHeaders.Nonce, headers.Nonce);
        request.Headers.Add(OpenchargeHeaders.Signature, headers.Signature);
        using var client = new HttpClient();
        return await client.SendAsync(request, cancellationToken);
    }

    internal async Task<JsonObject> OrderStatusAsync(string orderId, CancellationToken cancellationToken)
    {
        using var client = NewBrowser();
        return JsonNode.Parse(await client.GetStringAsync(new Uri($"/orders/{orderId}.json", UriKind.Relative), cancellationToken))!.AsObject();
    }

    internal static async Task<JsonObject> JsonBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();

    internal static string ErrorCode(JsonObject body) => body["error"]!["code"]!.GetValue<string>();

    internal static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
