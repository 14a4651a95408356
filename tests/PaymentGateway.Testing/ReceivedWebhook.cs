namespace PaymentGateway.Testing;

/// <summary>One request that reached a test party's /transfer/webhook, exactly as it arrived.</summary>
public sealed record ReceivedWebhook(long Ocid, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset ReceivedAt)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
