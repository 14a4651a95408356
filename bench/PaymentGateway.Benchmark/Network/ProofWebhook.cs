using System.Diagnostics;
using System.Text.Json;

namespace PaymentGateway.Benchmark.Network;

/// <summary>
/// The merchant gateway's answer to a proof delivery: record it, then accept it (docs/protocol.md, Proof delivery).
/// The stub does not verify the gateway's request signature: it stands for a fast MG, and signing on the gateway's
/// side is paid all the same.
/// </summary>
internal static class ProofWebhook
{
    public static WebhookReply Accept(ReceivedWebhook webhook, ProofInbox proofs)
    {
        // The arrival is when the request is here, before the body is parsed: that is when an MG could act on it.
        var arrived = Stopwatch.GetTimestamp();
        using var document = JsonDocument.Parse(webhook.Body);
        var proof = document.RootElement.GetProperty("proof");
        var txid = proof.GetProperty("txid").GetString() ?? "";
        var orderId = proof.GetProperty("to").GetProperty("reference").GetString() ?? "";
        proofs.Record(txid, orderId, arrived);
        return WebhookReply.Accepted(txid);
    }
}
