using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.Sandbox.Tests.Fakes;

/// <summary>
/// A stand-in for our payment gateway on a loopback port: publishes metadata with the vector test key and answers
/// checkout/create, recording each request. Written without the sandbox's own code so the two check each other.
/// </summary>
internal sealed class FakePaymentGateway : IAsyncDisposable
{
    public const long Ocid = 200;

    private readonly ConcurrentQueue<RecordedRequest> _checkoutRequests = new();
    private WebApplication? _app;
    private int _sessions;

    public OpenchargePrivateKey Key { get; } = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/opencharge/metadata.json";

    public IReadOnlyCollection<RecordedRequest> CheckoutRequests => _checkoutRequests;

    /// <summary>When set, the next checkout/create is answered with this status and error body.</summary>
    public (int Status, string Code, string Message)? NextError { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/opencharge/metadata.json", Metadata);
        _app.MapPost("/opencharge/checkout/create", (Delegate)CheckoutCreateAsync);
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

    private async Task<IResult> CheckoutCreateAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        _checkoutRequests.Enqueue(new RecordedRequest(context.Request.Method, target, headers, buffer.ToArray()));

        if (NextError is { } error)
        {
            NextError = null;
            return Results.Json(new { error = new { code = error.Code, message = error.Message } }, statusCode: error.Status);
        }

        var session = "sess_" + Interlocked.Increment(ref _sessions);
        return Results.Json(new JsonObject
        {
            ["checkout_url"] = $"{BaseUrl}/checkout/{session}",
            ["session_id"] = session,
            ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
        });
    }
}
