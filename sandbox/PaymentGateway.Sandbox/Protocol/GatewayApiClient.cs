using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// Signed calls of one sandbox party to the payment gateway's Opencharge API at the endpoint its metadata publishes
/// (docs/protocol.md, Signed requests), with the answer's signature checked against the gateway's key (Signed responses).
/// </summary>
internal sealed class GatewayApiClient
{
    /// <summary>
    /// Non-ASCII and HTML characters are sent unescaped, as JavaScript's JSON.stringify does, so the gateway sees
    /// what real partners send. The body is JSON on the wire, never embedded in HTML.
    /// </summary>
    private static readonly JsonSerializerOptions WireJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IHttpClientFactory _http;
    private readonly GatewayMetadataClient _metadata;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayApiClient> _logger;

    public GatewayApiClient(IHttpClientFactory http, GatewayMetadataClient metadata, TimeProvider time, ILogger<GatewayApiClient> logger)
    {
        _http = http;
        _metadata = metadata;
        _time = time;
        _logger = logger;
    }

    /// <param name="caller">The party that signs the request (X-OC-ID).</param>
    /// <param name="path">Below the gateway's endpoint, e.g. <c>/checkout/create</c>.</param>
    /// <param name="body">Sent as JSON; null for a request without a body (a GET).</param>
    public async Task<GatewayAnswer> SendAsync(SandboxParty caller, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        GatewayMetadata gateway;
        try
        {
            gateway = await _metadata.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        }
        catch (MetadataUnavailableException exception)
        {
            return GatewayAnswer.Unanswered("METADATA_UNAVAILABLE", exception.Message);
        }

        var url = new Uri(gateway.Endpoint.AbsoluteUri.TrimEnd('/') + path);
        var bytes = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, WireJson);

        // The signed path is the endpoint's full path as it goes on the wire (docs/protocol.md, Signed requests), and the signed bytes
        // are exactly the bytes sent.
        var headers = RequestSigning.Sign(caller.Key, caller.Ocid, _time.GetUtcNow().ToUnixTimeSeconds(), RequestSigning.NewNonce(), method.Method, url.PathAndQuery, bytes);
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        request.Headers.Add(OpenchargeHeaders.Id, headers.Ocid);
        request.Headers.Add(OpenchargeHeaders.Timestamp, headers.Timestamp);
        request.Headers.Add(OpenchargeHeaders.Nonce, headers.Nonce);
        request.Headers.Add(OpenchargeHeaders.Signature, headers.Signature);

        try
        {
            using var http = _http.CreateClient(nameof(GatewayApiClient));
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var responseBytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            CheckResponseSignature(response, responseBytes, gateway, method, path);
            return GatewayAnswer.Answered((int)response.StatusCode, Parse(responseBytes));
        }
        catch (HttpRequestException exception)
        {
            _logger.LogWarning("{Method} {Url} failed: {Reason}", method, url, exception.Message);
            return GatewayAnswer.Unanswered("GATEWAY_UNREACHABLE", $"Could not reach the payment gateway at {url}: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return GatewayAnswer.Unanswered("GATEWAY_TIMEOUT", $"The payment gateway at {url} did not answer in time.");
        }
    }

    private static JsonNode? Parse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Response signatures are a SHOULD (docs/protocol.md, Signed responses): report a bad one, never fail on a missing one.
    /// </summary>
    private void CheckResponseSignature(HttpResponseMessage response, byte[] body, GatewayMetadata gateway, HttpMethod method, string path)
    {
        if (!response.Headers.TryGetValues(OpenchargeHeaders.Signature, out var signatures))
            return;
        var ocid = response.Headers.TryGetValues(OpenchargeHeaders.Id, out var ids) ? ids.FirstOrDefault() : null;
        var timestamp = response.Headers.TryGetValues(OpenchargeHeaders.Timestamp, out var stamps) ? stamps.FirstOrDefault() : null;
        if (ocid is null || timestamp is null || !ResponseSigning.Verify(gateway.PublicKey, ocid, timestamp, (int)response.StatusCode, signatures.First(), body))
            _logger.LogWarning("The payment gateway's response signature to {Method} {Path} does not verify", method, path);
    }
}
