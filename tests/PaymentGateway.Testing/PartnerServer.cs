using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Testing;

/// <summary>
/// The other side of the network over real HTTP on loopback: serves each test party's signed metadata.json at
/// <c>/{ocid}/metadata.json</c> (endpoint <c>/{ocid}/opencharge</c>) and records what reaches its
/// <c>/transfer/webhook</c>, answering as the test decides.
/// </summary>
public sealed class PartnerServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, PartnerState> _parties = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<PartnerServer> StartAsync()
    {
        var server = new PartnerServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{ocid:long}/metadata.json", (long ocid) => server.Metadata(ocid));
        app.MapPost("/{ocid:long}/opencharge/transfer/webhook", (long ocid, HttpContext context) => server.WebhookAsync(ocid, context));
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>Publishes a party. <paramref name="settlementAccepts"/> lands in its metadata's config.settlement.accepts.</summary>
    public void AddParty(TestParty party, IReadOnlyList<long>? settlementAccepts = null, string? icon = null) =>
        _parties[party.Ocid] = new PartnerState(party, settlementAccepts ?? [], icon);

    public string MetadataUrl(long ocid) => $"{BaseUrl}/{ocid}/metadata.json";

    public string Endpoint(long ocid) => $"{BaseUrl}/{ocid}/opencharge";

    /// <summary>Takes a party's metadata offline (503) or back online.</summary>
    public void SetMetadataAvailable(long ocid, bool available) => _parties[ocid].MetadataAvailable = available;

    /// <summary>Serves a party's metadata document as <paramref name="edit"/> rewrites its text (null: as generated).</summary>
    public void EditMetadata(long ocid, Func<string, string>? edit) => _parties[ocid].EditMetadata = edit;

    /// <summary>Decides the webhook's answer; the int is the 1-based number of this call for that party.</summary>
    public void OnWebhook(long ocid, Func<ReceivedWebhook, int, WebhookReply> reply) => _parties[ocid].Reply = reply;

    public IReadOnlyList<ReceivedWebhook> Webhooks(long ocid) => [.. _parties[ocid].Received];

    /// <summary>The webhooks a party received about one order: proofs carry the order id as their transfer reference.</summary>
    public IReadOnlyList<ReceivedWebhook> WebhooksFor(long ocid, string orderId) =>
        [.. Webhooks(ocid).Where(w => w.BodyText.Contains($"\"reference\":\"{orderId}\"", StringComparison.Ordinal))];

    private IResult Metadata(long ocid)
    {
        if (!_parties.TryGetValue(ocid, out var state))
            return Results.NotFound();
        if (!state.MetadataAvailable)
            return Results.StatusCode((int)HttpStatusCode.ServiceUnavailable);
        var document = MetadataDocument(state);
        return Results.Text(state.EditMetadata is { } edit ? edit(document) : document, "application/json");
    }

    private string MetadataDocument(PartnerState state)
    {
        var config = new JsonObject
        {
            ["publicKey"] = state.Party.Key.PublicKey.ToHex(),
            ["endpoint"] = Endpoint(state.Party.Ocid),
            ["capabilities"] = new JsonArray("orders.checkout", "transfer.webhook"),
            ["settlement"] = new JsonObject
            {
                ["currencies"] = new JsonArray("USD", "EUR"),
                ["accepts"] = new JsonArray([.. state.SettlementAccepts.Select(a => JsonValue.Create(a))]),
            },
        };
        var document = new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = state.Party.Name,
            ["config"] = config.DeepClone(),
            ["signature"] = ObjectSignatures.Sign(state.Party.Key, config),
        };
        if (state.Icon is not null)
            document["icon"] = state.Icon;
        return document.ToJsonString();
    }

    private async Task WebhookAsync(long ocid, HttpContext context)
    {
        if (!_parties.TryGetValue(ocid, out var state))
        {
            context.Response.StatusCode = 404;
            return;
        }
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var received = new ReceivedWebhook(ocid, context.Request.Method, context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(), DateTimeOffset.UtcNow);
        state.Received.Enqueue(received);
        var reply = state.Reply(received, Interlocked.Increment(ref state.Calls));
        if (reply.Delay > TimeSpan.Zero)
            await Task.Delay(reply.Delay);
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body);
    }

    private static WebhookReply AcceptEverything(ReceivedWebhook webhook, int call)
    {
        using var document = JsonDocument.Parse(webhook.Body);
        return WebhookReply.Accepted(document.RootElement.GetProperty("proof").GetProperty("txid").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private sealed class PartnerState(TestParty party, IReadOnlyList<long> settlementAccepts, string? icon)
    {
        public int Calls;

        public TestParty Party { get; } = party;

        public IReadOnlyList<long> SettlementAccepts { get; } = settlementAccepts;

        public string? Icon { get; } = icon;

        public volatile bool MetadataAvailable = true;

        public Func<string, string>? EditMetadata { get; set; }

        public Func<ReceivedWebhook, int, WebhookReply> Reply { get; set; } = AcceptEverything;

        public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();
    }
}
