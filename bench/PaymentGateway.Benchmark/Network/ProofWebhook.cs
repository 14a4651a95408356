using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Benchmark.Network;

/// <summary>The merchant gateway's answer to a proof delivery: record it, then accept it (docs/protocol.md, Proof delivery).</summary>
internal static class ProofWebhook
{
    public static async Task<IResult> AcceptAsync(HttpRequest request, ProofInbox proofs)
    {
        // The arrival is when the request is here, before the body is parsed: that is when an MG could act on it.
        var arrived = Stopwatch.GetTimestamp();
        using var document = await JsonDocument.ParseAsync(request.Body);
        var proof = document.RootElement.GetProperty("proof");
        var txid = proof.GetProperty("txid").GetString() ?? "";
        var orderId = proof.GetProperty("to").GetProperty("reference").GetString() ?? "";
        proofs.Record(txid, orderId, arrived);
        return Results.Json(new Dictionary<string, string> { ["status"] = "accepted", ["txid"] = txid });
    }
}
