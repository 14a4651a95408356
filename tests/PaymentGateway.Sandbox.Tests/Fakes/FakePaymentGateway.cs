using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.Sandbox.Tests.Fakes;

/// <summary>
/// A stand-in for our payment gateway on a loopback port: publishes metadata with the vector test key and answers
/// checkout/create, accounts/balance, transfer/create and transfer/webhook, recording each request. Written without
/// the sandbox's own code so the two check each other.
/// </summary>
internal sealed class FakePaymentGateway : IAsyncDisposable
{
    public const long Ocid = 200;

    private readonly ConcurrentQueue<RecordedRequest> _checkoutRequests = new();
    private readonly ConcurrentQueue<RecordedRequest> _transferRequests = new();
    private WebApplication? _app;
    private int _sessions;

    public OpenchargePrivateKey Key { get; } = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/opencharge/metadata.json";

    public IReadOnlyCollection<RecordedRequest> CheckoutRequests => _checkoutRequests;

    /// <summary>accounts/balance, transfer/create and transfer/webhook calls, in arrival order.</summary>
    public IReadOnlyCollection<RecordedRequest> TransferRequests => _transferRequests;

    /// <summary>When set, the next checkout/create, transfer/create or transfer/webhook is answered with this status and error body.</summary>
    public (int Status, string Code, string Message)? NextError { get; set; }

    /// <summary>What accounts/balance answers as the caller's USD balance; null: no account yet.</summary>
    public string? UsdBalance { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/opencharge/metadata.json", Metadata);
        _app.MapPost("/opencharge/checkout/create", (Delegate)CheckoutCreateAsync);
        _app.MapGet("/opencharge/accounts/balance", (Delegate)BalanceAsync);
        _app.MapPost("/opencharge/transfer/create", (Delegate)TransferCreateAsync);
        _app.MapPost("/opencharge/transfer/webhook", (Delegate)TransferWebhookAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private IResult Metadata()
    {
        var config = new JsonObject
        {
            ["publicKey"] = Key.PublicKey.ToHex(),
            ["endpoint"] = BaseUrl + "/opencharge",
            ["capabilities"] = new JsonArray("checkout.create", "transfer.webhook"),
            ["settlement"] = new JsonObject { ["currencies"] = new JsonArray("USD"), ["accepts"] = new JsonArray() },
        };
        return Results.Json(new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = "Fake payment gateway",
            ["config"] = config,
            ["signature"] = ObjectSignatures.Sign(Key, config),
        });
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context, ConcurrentQueue<RecordedRequest> queue)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var request = new RecordedRequest(context.Request.Method, target, headers, buffer.ToArray());
        queue.Enqueue(request);
        return request;
    }

    private IResult? TakeError()
    {
        if (NextError is not { } error)
            return null;
        NextError = null;
        return Results.Json(new { error = new { code = error.Code, message = error.Message } }, statusCode: error.Status);
    }

    private async Task<IResult> BalanceAsync(HttpContext context)
    {
        var request = await RecordAsync(context, _transferRequests);
        var balances = UsdBalance is null ? new JsonArray() : new JsonArray(new JsonObject { ["currency"] = "USD", ["available"] = UsdBalance });
        return Results.Json(new JsonObject { ["ocid"] = long.Parse(request.Headers[OpenchargeHeaders.Id], System.Globalization.CultureInfo.InvariantCulture), ["balances"] = balances });
    }

    /// <summary>Answers with a proof signed by this gateway's key, as the real one does.</summary>
    private async Task<IResult> TransferCreateAsync(HttpContext context)
    {
        var request = await RecordAsync(context, _transferRequests);
        if (TakeError() is { } failure)
            return failure;
        var body = JsonNode.Parse(request.Body)!;
        var proof = new JsonObject
        {
            ["txid"] = "pg_tx_" + Guid.NewGuid().ToString("N"),
            ["issuer"] = Ocid,
            ["from"] = new JsonObject { ["ocid"] = long.Parse(request.Headers[OpenchargeHeaders.Id], System.Globalization.CultureInfo.InvariantCulture), ["reference"] = body["from"]!["reference"]!.DeepClone() },
            ["to"] = body["to"]!.DeepClone(),
            ["amount"] = body["amount"]!.DeepClone(),
            ["currency"] = body["currency"]!.DeepClone(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["memo"] = body["memo"]?.DeepClone(),
        };
        return Results.Json(new JsonObject { ["proof"] = proof, ["signature"] = ObjectSignatures.Sign(Key, proof) });
    }

    private async Task<IResult> TransferWebhookAsync(HttpContext context)
    {
        var request = await RecordAsync(context, _transferRequests);
        if (TakeError() is { } failure)
            return failure;
        var txid = JsonNode.Parse(request.Body)!["proof"]!["txid"]!.GetValue<string>();
        return Results.Json(new JsonObject { ["status"] = "accepted", ["txid"] = txid });
    }

    private async Task<IResult> CheckoutCreateAsync(HttpContext context)
    {
        await RecordAsync(context, _checkoutRequests);
        if (TakeError() is { } failure)
            return failure;

        var session = "sess_" + Interlocked.Increment(ref _sessions);
        return Results.Json(new JsonObject
        {
            ["checkout_url"] = $"{BaseUrl}/checkout/{session}",
            ["session_id"] = session,
            ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
        });
    }
}
