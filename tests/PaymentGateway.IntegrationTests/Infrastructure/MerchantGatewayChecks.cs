using System.Text.Json;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// What a docs-conforming merchant gateway checks on a proof delivered to its webhook (docs/protocol.md, Transfer proofs), with our key
/// taken from our published metadata.json, as a real MG would.
/// </summary>
public static class MerchantGatewayChecks
{
    public static async Task<OpenchargePublicKey> PublishedKeyAsync(GatewayHost gateway)
    {
        using var metadata = JsonDocument.Parse(await gateway.Client.GetStringAsync("/opencharge/metadata.json"));
        return OpenchargePublicKey.Parse(metadata.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!);
    }

    /// <returns>The verified proof.</returns>
    public static JsonElement AssertAcceptable(ReceivedWebhook webhook, OpenchargePublicKey ourKey, long recipientOcid, string orderId, string amount, string currency)
    {
        var sender = webhook.Headers[OpenchargeHeaders.Id];
        Assert.True(RequestSigning.Verify(ourKey, sender, webhook.Headers[OpenchargeHeaders.Timestamp], webhook.Headers[OpenchargeHeaders.Nonce],
            webhook.Headers[OpenchargeHeaders.Signature], "POST", webhook.PathAndQuery, null, webhook.Body), "request signature");

        using var body = JsonDocument.Parse(webhook.Body);
        var proof = body.RootElement.GetProperty("proof").Clone();
        Assert.Equal(sender, proof.GetProperty("issuer").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)); // issuer == X-OC-ID
        Assert.Equal(CanonicalVariant.R, ObjectSignatures.Verify(ourKey, proof, body.RootElement.GetProperty("signature").GetString()!));
        Assert.Equal(recipientOcid, proof.GetProperty("to").GetProperty("ocid").GetInt64());
        Assert.Equal(orderId, proof.GetProperty("to").GetProperty("reference").GetString());
        Assert.Equal(amount, proof.GetProperty("amount").GetString()); // exact string equality, as MGs compare
        Assert.Equal(currency, proof.GetProperty("currency").GetString());
        return proof;
    }
}
