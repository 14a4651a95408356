using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// One signed POST of <c>{proof, signature}</c> to the recipient's <c>/transfer/webhook</c> (docs/protocol.md, Proof delivery; Signed requests).
/// Never throws for anything the network or the partner does; only cancellation of the caller's token escapes.
/// </summary>
internal sealed class WebhookSender(
    IPartnerDirectory directory,
    IHttpClientFactory httpClients,
    GatewayIdentity identity,
    TimeProvider clock)
{
    public const string HttpClientName = "settlement-webhook";

    public async Task<ClassifiedResponse> SendAsync(DeliveryClaim claim, TimeSpan timeout, CancellationToken cancellationToken)
    {
        PartnerProfile partner;
        try
        {
            partner = await directory.GetAsync(claim.RecipientOcid, cancellationToken);
        }
        catch (Exception exception) when (exception is UnknownPartnerException or PartnerUnavailableException)
        {
            // Retried: a directory entry can be added, and metadata comes back.
            return WebhookResponseClassifier.TransportFailure(exception.Message);
        }

        var url = new Uri(partner.Endpoint.TrimEnd('/') + "/transfer/webhook");
        // The proof goes out as the exact canonical text that was signed, so what the MG verifies is what we stored.
        var body = Encoding.UTF8.GetBytes("{\"proof\":" + claim.ProofJson + ",\"signature\":\"" + claim.Signature + "\"}");
        using var request = BuildRequest(url, body);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeoutSource.Token);
            var responseBody = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token);
            var status = (int)response.StatusCode;
            if (SignatureProblem(response, status, responseBody, partner) is { } problem)
                return ClassifiedResponse.Of(DeliveryOutcome.Retryable, status, problem);
            return WebhookResponseClassifier.Classify(status, Encoding.UTF8.GetString(responseBody));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookResponseClassifier.Timeout(timeout);
        }
        catch (HttpRequestException exception)
        {
            return WebhookResponseClassifier.TransportFailure("Connection failed: " + exception.Message);
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, byte[] body)
    {
        // Signed over the full path including the MG's base path (e.g. /mg/opencharge/transfer/webhook).
        var headers = RequestSigning.Sign(identity.PrivateKey, identity.Ocid, clock.GetUtcNow().ToUnixTimeSeconds(),
            RequestSigning.NewNonce(), "POST", url.PathAndQuery, body);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add(OpenchargeHeaders.Id, headers.Ocid);
        request.Headers.Add(OpenchargeHeaders.Timestamp, headers.Timestamp);
        request.Headers.Add(OpenchargeHeaders.Nonce, headers.Nonce);
        request.Headers.Add(OpenchargeHeaders.Signature, headers.Signature);
        return request;
    }

    /// <summary>
    /// Response signatures are optional (docs/protocol.md, Signed responses), so only a present but wrong one counts: then we cannot tell
    /// the MG's answer from someone else's, and retry rather than trust it.
    /// </summary>
    private static string? SignatureProblem(HttpResponseMessage response, int status, byte[] body, PartnerProfile partner)
    {
        var signature = HeaderValue(response, OpenchargeHeaders.Signature);
        if (signature is null)
            return null;
        var ocid = HeaderValue(response, OpenchargeHeaders.Id);
        var timestamp = HeaderValue(response, OpenchargeHeaders.Timestamp);
        if (ocid != partner.Ocid.ToString(CultureInfo.InvariantCulture))
            return $"HTTP {status}: response signed as OCID '{ocid}', expected {partner.Ocid}";
        if (timestamp is null || !ResponseSigning.Verify(partner.PublicKey, ocid, timestamp, status, signature, body))
            return $"HTTP {status}: response signature does not verify with the published key of OCID {partner.Ocid}";
        return null;
    }

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
