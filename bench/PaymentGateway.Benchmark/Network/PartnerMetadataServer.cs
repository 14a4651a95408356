using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Network;

/// <summary>
/// The partners' side on loopback: serves each party's signed nested metadata at <c>/{ocid}/metadata.json</c>, as the
/// gateway's directory expects. The gateway caches it for 5 minutes, so this costs nothing during a run. With a
/// <see cref="ProofInbox"/> it also plays the merchant gateway's <c>{endpoint}/transfer/webhook</c>: every proof is
/// recorded and answered accepted (docs/protocol.md, Proof delivery). The stub does not verify the gateway's request signature: it
/// stands for a fast MG, and signing on the gateway's side is paid all the same.
/// </summary>
internal sealed class PartnerMetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PartnerMetadataServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <param name="parties">Each party with the OCIDs whose proofs it accepts (config.settlement.accepts).</param>
    /// <param name="proofs">Where webhook deliveries are recorded; null: no webhook (404), as in the create scenario.</param>
    public static async Task<PartnerMetadataServer> StartAsync(IEnumerable<(BenchParty Party, long[] Accepts)> parties,
        ProofInbox? proofs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        // Documents name this server's own URL, which is known only once it listens: filled in after the start.
        var documents = new ConcurrentDictionary<long, string>();
        app.MapGet("/{ocid:long}/metadata.json", (long ocid) => documents.TryGetValue(ocid, out var document)
            ? Results.Text(document, "application/json")
            : Results.NotFound());
        if (proofs is not null)
            app.MapPost("/{ocid:long}/opencharge/transfer/webhook", (HttpRequest request) => ProofWebhook.AcceptAsync(request, proofs));
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        foreach (var (party, accepts) in parties)
            documents[party.Ocid] = Document(party, accepts, $"{baseUrl}/{party.Ocid}/opencharge");
        return new PartnerMetadataServer(app, baseUrl);
    }

    public string MetadataUrl(long ocid) => $"{BaseUrl}/{ocid}/metadata.json";

    private static string Document(BenchParty party, long[] accepts, string endpoint)
    {
        var config = new JsonObject
        {
            ["publicKey"] = party.Key.PublicKey.ToHex(),
            ["endpoint"] = endpoint,
            ["capabilities"] = new JsonArray("orders.checkout", "transfer.webhook"),
            ["settlement"] = new JsonObject
            {
                ["currencies"] = new JsonArray("USD", "EUR"),
                ["accepts"] = new JsonArray([.. accepts.Select(a => JsonValue.Create(a))]),
            },
        };
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = party.Name,
            ["config"] = config.DeepClone(),
            ["signature"] = ObjectSignatures.Sign(party.Key, config),
        }.ToJsonString();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
