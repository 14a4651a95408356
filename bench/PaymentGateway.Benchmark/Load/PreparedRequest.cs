using System.Net.Http.Headers;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Load;

/// <summary>One signed request, built before timing starts, so that the load generator only copies bytes.</summary>
internal sealed record PreparedRequest(byte[] Body, string Ocid, string Timestamp, string Nonce, string Signature)
{
    public HttpRequestMessage ToHttpRequest(Uri url)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        var headers = request.Headers;
        headers.TryAddWithoutValidation(OpenchargeHeaders.Id, Ocid);
        headers.TryAddWithoutValidation(OpenchargeHeaders.Timestamp, Timestamp);
        headers.TryAddWithoutValidation(OpenchargeHeaders.Nonce, Nonce);
        headers.TryAddWithoutValidation(OpenchargeHeaders.Signature, Signature);
        return request;
    }
}
