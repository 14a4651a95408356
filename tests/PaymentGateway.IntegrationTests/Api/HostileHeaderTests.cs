using System.Net;
using System.Net.Sockets;
using System.Text;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Api;

/// <summary>Authentication headers at and beyond the limits of what they can hold: a 4xx envelope, never a 500.</summary>
public sealed class HostileHeaderTests(GatewayScenario scenario) : IClassFixture<GatewayScenario>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string CreatePath => scenario.BasePath + "/checkout/create";

    private HttpRequestMessage SignedCreate() =>
        SignedRequests.Create(scenario.MerchantGateway, HttpMethod.Post, CreatePath, TestOrder.CheckoutBody(scenario.NewOrder(), scenario.Merchant));

    private static HttpRequestMessage With(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("99999999999999999999999999")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    public async Task A_timestamp_at_or_beyond_the_64_bit_limits_is_401_TIMESTAMP_EXPIRED(string timestamp)
    {
        using var response = await scenario.Gateway.Client.SendAsync(With(SignedCreate(), OpenchargeHeaders.Timestamp, timestamp), Ct);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "TIMESTAMP_EXPIRED");
    }

    [Fact]
    public async Task A_timestamp_whose_distance_from_now_overflows_is_401_TIMESTAMP_EXPIRED()
    {
        // now − (long.MinValue + now) is 2^63, one more than a long holds: the distance itself must not be computed.
        foreach (var skew in new long[] { 0, 1, 2, 3 }) // the server's clock may be a second or two past ours
        {
            var timestamp = long.MinValue + SignedRequests.Now() + skew;
            using var response = await scenario.Gateway.Client.SendAsync(
                With(SignedCreate(), OpenchargeHeaders.Timestamp, SignedRequests.Invariant(timestamp)), Ct);
            await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "TIMESTAMP_EXPIRED");
        }
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-300")]
    [InlineData("300.0")]
    [InlineData("99999999999999999999999999")]
    public async Task An_ocid_beyond_64_bits_or_not_decimal_is_401_UNKNOWN_OCID(string ocid)
    {
        using var response = await scenario.Gateway.Client.SendAsync(With(SignedCreate(), OpenchargeHeaders.Id, ocid), Ct);
        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "UNKNOWN_OCID");
    }

    [Fact]
    public async Task A_non_ascii_nonce_is_a_4xx()
    {
        using var handler = new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(scenario.Gateway.BaseUrl) };
        using var response = await client.SendAsync(With(SignedCreate(), OpenchargeHeaders.Nonce, "req_\u00fc\u4e2d\ud83d\ude00"), Ct);
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("X-OC-Nonce: req_\u0000abc")]
    [InlineData("X-OC-Nonce: req_\u0001abc")]
    [InlineData("X-OC-Nonce: req_\u00ffabc")]
    [InlineData("X-OC-Timestamp: 17\u000012")]
    public async Task A_control_or_latin1_byte_in_a_header_is_a_4xx(string header)
    {
        var status = await RawStatusAsync($"POST {CreatePath} HTTP/1.1\r\nHost: x\r\nX-OC-ID: 300\r\nX-OC-Timestamp: {SignedRequests.Now()}\r\n"
            + $"X-OC-Signature: {new string('a', 130)}\r\n{header}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}");
        Assert.InRange(status, 400, 499);
    }

    /// <summary>Sends bytes no HTTP client library would send and returns the status code of the answer.</summary>
    private async Task<int> RawStatusAsync(string request)
    {
        var url = new Uri(scenario.Gateway.BaseUrl);
        using var socket = new TcpClient();
        await socket.ConnectAsync(url.Host, url.Port, Ct);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync(Ct) ?? "";
        Assert.StartsWith("HTTP/1.1 ", statusLine, StringComparison.Ordinal);
        return int.Parse(statusLine.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
