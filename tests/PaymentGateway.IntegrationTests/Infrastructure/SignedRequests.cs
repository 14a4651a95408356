using System.Globalization;
using System.Text;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>Builds Opencharge requests signed exactly as a partner would (docs/protocol.md, Signed requests).</summary>
public static class SignedRequests
{
    public static HttpRequestMessage Create(TestParty caller, HttpMethod method, string pathAndQuery, string? body = null,
        long? timestamp = null, string? nonce = null) =>
        Create(caller, method, pathAndQuery, body is null ? null : Encoding.UTF8.GetBytes(body), timestamp, nonce);

    /// <summary>A signed request with exactly these body bytes (which need not be valid UTF-8).</summary>
    public static HttpRequestMessage Create(TestParty caller, HttpMethod method, string pathAndQuery, byte[]? body,
        long? timestamp = null, string? nonce = null)
    {
        var bytes = body ?? [];
        var headers = RequestSigning.Sign(caller.Key, caller.Ocid, timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            nonce ?? RequestSigning.NewNonce(), method.Method, pathAndQuery, bytes);
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (body is not null)
            request.Content = new ByteArrayContent(bytes) { Headers = { { "Content-Type", "application/json" } } };
        request.Headers.Add(OpenchargeHeaders.Id, headers.Ocid);
        request.Headers.Add(OpenchargeHeaders.Timestamp, headers.Timestamp);
        request.Headers.Add(OpenchargeHeaders.Nonce, headers.Nonce);
        request.Headers.Add(OpenchargeHeaders.Signature, headers.Signature);
        return request;
    }

    public static Task<HttpResponseMessage> SendSignedAsync(this HttpClient client, TestParty caller, HttpMethod method,
        string pathAndQuery, string? body = null, long? timestamp = null, string? nonce = null) =>
        client.SendAsync(Create(caller, method, pathAndQuery, body, timestamp, nonce));

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
