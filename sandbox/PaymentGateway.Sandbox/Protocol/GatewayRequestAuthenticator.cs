using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// Checks the X-OC-* request signature of a call from the payment gateway (docs/protocol.md, Signed requests). Only the configured
/// gateway OCID is accepted: it is the only party whose key the sandbox knows.
/// </summary>
internal sealed class GatewayRequestAuthenticator
{
    /// <summary>Proof envelopes are a few hundred bytes; anything much larger is not a webhook.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    private static readonly TimeSpan TimestampWindow = TimeSpan.FromSeconds(300);

    private readonly GatewayMetadataClient _metadata;
    private readonly NonceStore _nonces;
    private readonly SandboxSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayRequestAuthenticator> _logger;

    public GatewayRequestAuthenticator(GatewayMetadataClient metadata, NonceStore nonces, SandboxSettings settings, TimeProvider time, ILogger<GatewayRequestAuthenticator> logger)
    {
        _metadata = metadata;
        _nonces = nonces;
        _settings = settings;
        _time = time;
        _logger = logger;
    }

    public async Task<(AuthenticatedRequest? Request, ProtocolError? Error)> AuthenticateAsync(HttpContext context, string basePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
            return (null, new ProtocolError(StatusCodes.Status413PayloadTooLarge, "INVALID_REQUEST", "The request body is too large."));

        var headers = context.Request.Headers;
        string ocidText = headers[OpenchargeHeaders.Id].ToString();
        string timestamp = headers[OpenchargeHeaders.Timestamp].ToString();
        string nonce = headers[OpenchargeHeaders.Nonce].ToString();
        string signature = headers[OpenchargeHeaders.Signature].ToString();
        if (ocidText.Length == 0 || timestamp.Length == 0 || nonce.Length == 0 || signature.Length == 0)
            return (null, ProtocolError.Unauthorized("INVALID_SIGNATURE", "X-OC-ID, X-OC-Timestamp, X-OC-Nonce and X-OC-Signature are all required."));

        if (!long.TryParse(ocidText, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid))
            return (null, ProtocolError.Unauthorized("UNKNOWN_OCID", "X-OC-ID is not an OCID."));

        // docs/protocol.md, Transfer proofs (what a receiver checks): the sender must be a settlement source the merchant gateway accepts.
        if (ocid != _settings.GatewayOcid)
            return (null, ProtocolError.BadRequest("ISSUER_NOT_ACCEPTED", $"OCID {ocid} is not an accepted settlement source."));

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(_time.GetUtcNow().ToUnixTimeSeconds() - seconds) > TimestampWindow.TotalSeconds)
            return (null, ProtocolError.Unauthorized("TIMESTAMP_EXPIRED", "X-OC-Timestamp is more than 300 seconds from now."));

        var method = context.Request.Method;
        var target = RawTarget(context);
        GatewayMetadata sender;
        try
        {
            sender = await _metadata.GetAsync(refresh: false, context.RequestAborted).ConfigureAwait(false);
            if (!RequestSigning.Verify(sender.PublicKey, ocidText, timestamp, nonce, signature, method, target, basePath, body))
            {
                // The gateway may have rotated its key since we cached its metadata.
                sender = await _metadata.GetAsync(refresh: true, context.RequestAborted).ConfigureAwait(false);
                if (!RequestSigning.Verify(sender.PublicKey, ocidText, timestamp, nonce, signature, method, target, basePath, body))
                    return (null, ProtocolError.Unauthorized("INVALID_SIGNATURE", "The request signature does not verify with the sender's published key."));
            }
        }
        catch (MetadataUnavailableException exception)
        {
            _logger.LogWarning("Cannot authenticate OCID {Ocid}: {Reason}", ocid, exception.Message);
            return (null, new ProtocolError(StatusCodes.Status502BadGateway, "METADATA_UNAVAILABLE", "The sender's metadata could not be fetched."));
        }

        // Recorded only after the signature verified, so nobody can burn the gateway's nonces (docs/protocol.md, Signed requests).
        if (!_nonces.TryRecord(ocid, nonce))
            return (null, ProtocolError.Unauthorized("NONCE_REUSED", "This X-OC-Nonce was already used."));

        return (new AuthenticatedRequest(ocid, sender, body), null);
    }

    /// <summary>The request target exactly as sent, since that is what the sender signed (docs/protocol.md, Signed requests).</summary>
    private static string RawTarget(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(raw)
            ? context.Request.PathBase + context.Request.Path + context.Request.QueryString
            : raw;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
