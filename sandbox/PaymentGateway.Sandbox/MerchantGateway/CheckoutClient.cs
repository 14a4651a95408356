using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.Protocol;

namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>
/// The merchant gateway's call to the payment gateway: <c>POST {endpoint}/checkout/create</c>, signed with the
/// merchant gateway's key (docs/protocol.md, POST /checkout/create; Signed requests).
/// </summary>
internal sealed class CheckoutClient
{
    /// <summary>
    /// Non-ASCII and HTML characters are sent unescaped, as JavaScript's JSON.stringify does, so the gateway sees
    /// what real merchant gateways send. The body is JSON on the wire, never embedded in HTML.
    /// </summary>
    private static readonly JsonSerializerOptions WireJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IHttpClientFactory _http;
    private readonly GatewayMetadataClient _metadata;
    private readonly SandboxParties _parties;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckoutClient> _logger;

    public CheckoutClient(IHttpClientFactory http, GatewayMetadataClient metadata, SandboxParties parties, TimeProvider time, ILogger<CheckoutClient> logger)
    {
        _http = http;
        _metadata = metadata;
        _parties = parties;
        _time = time;
        _logger = logger;
    }

    public async Task<CheckoutResult> CreateAsync(SignedOrder order, long merchantOcid, string successUrl, string cancelUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        GatewayMetadata gateway;
        try
        {
            gateway = await _metadata.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false);
        }
        catch (MetadataUnavailableException exception)
        {
            return CheckoutResult.Failure(null, "METADATA_UNAVAILABLE", exception.Message);
        }

        var url = new Uri(gateway.Endpoint.AbsoluteUri.TrimEnd('/') + "/checkout/create");
        var body = new JsonObject
        {
            ["order"] = order.Order.DeepClone(),
            ["signature"] = order.Signature,
            ["merchantOcid"] = merchantOcid,
            ["urls"] = new JsonObject { ["success"] = successUrl, ["cancel"] = cancelUrl },
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, WireJson);

        // The signed path is the endpoint's full path as it goes on the wire (docs/protocol.md, Signed requests), and the signed bytes
        // are exactly the bytes sent.
        var mg = _parties.MerchantGateway;
        var headers = RequestSigning.Sign(mg.Key, mg.Ocid, _time.GetUtcNow().ToUnixTimeSeconds(), RequestSigning.NewNonce(), "POST", url.PathAndQuery, bytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(OpenchargeHeaders.Id, headers.Ocid);
        request.Headers.Add(OpenchargeHeaders.Timestamp, headers.Timestamp);
        request.Headers.Add(OpenchargeHeaders.Nonce, headers.Nonce);
        request.Headers.Add(OpenchargeHeaders.Signature, headers.Signature);

        try
        {
            using var http = _http.CreateClient(nameof(CheckoutClient));
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var responseBytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            CheckResponseSignature(response, responseBytes, gateway);
            return Interpret((int)response.StatusCode, responseBytes);
        }
        catch (HttpRequestException exception)
        {
            _logger.LogWarning("POST {Url} failed: {Reason}", url, exception.Message);
            return CheckoutResult.Failure(null, "GATEWAY_UNREACHABLE", $"Could not reach the payment gateway at {url}: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckoutResult.Failure(null, "GATEWAY_TIMEOUT", $"The payment gateway at {url} did not answer in time.");
        }
    }

    private static CheckoutResult Interpret(int status, byte[] body)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            json = null;
        }

        if (status == StatusCodes.Status200OK)
        {
            // Only absolute http(s) URLs: the customer's browser is sent there.
            var checkoutUrl = ReadString(json, "checkout_url");
            return Uri.TryCreate(checkoutUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? CheckoutResult.Success(parsed.AbsoluteUri, ReadString(json, "session_id"))
                : CheckoutResult.Failure(status, "INVALID_RESPONSE", "The payment gateway answered 200 without an absolute checkout_url.");
        }

        var error = json is JsonObject o ? o["error"] : null;
        return CheckoutResult.Failure(
            status,
            ReadString(error, "code") ?? "HTTP_" + status,
            ReadString(error, "message") ?? "The payment gateway gave no error message.");
    }

    private static string? ReadString(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>
    /// Response signatures are a SHOULD (docs/protocol.md, Signed responses): report a bad one, never fail on a missing one.
    /// </summary>
    private void CheckResponseSignature(HttpResponseMessage response, byte[] body, GatewayMetadata gateway)
    {
        if (!response.Headers.TryGetValues(OpenchargeHeaders.Signature, out var signatures))
            return;
        var ocid = response.Headers.TryGetValues(OpenchargeHeaders.Id, out var ids) ? ids.FirstOrDefault() : null;
        var timestamp = response.Headers.TryGetValues(OpenchargeHeaders.Timestamp, out var stamps) ? stamps.FirstOrDefault() : null;
        if (ocid is null || timestamp is null || !ResponseSigning.Verify(gateway.PublicKey, ocid, timestamp, (int)response.StatusCode, signatures.First(), body))
            _logger.LogWarning("The payment gateway's response signature to checkout/create does not verify");
    }
}
