namespace PaymentGateway.Testing;

/// <summary>What a test party's webhook answers; <see cref="Delay"/> simulates a slow merchant gateway.</summary>
public sealed record WebhookReply(int StatusCode, string Body, TimeSpan Delay = default)
{
    public static WebhookReply Accepted(string txid) =>
        new(200, $$"""{"status":"accepted","txid":"{{txid}}"}""");

    public static WebhookReply Rejected(string txid, string message) =>
        new(200, $$"""{"status":"rejected","txid":"{{txid}}","message":"{{message}}"}""");

    public static WebhookReply Error(int statusCode) =>
        new(statusCode, $$$"""{"error":{"code":"TEST","message":"status {{{statusCode}}}"}}""");
}
