using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// Verifies the four X-OC-* headers of every Opencharge request (docs/protocol.md, Signed requests) before any endpoint runs.
/// Order: headers, timestamp, caller in our directory, body, key, signature, and only then the nonce, so that
/// an unsigned request can never burn a legitimate caller's nonce. The nonce is recorded before the endpoint runs,
/// or, for endpoints marked <see cref="NonceWithFirstWrite"/>, in the transaction of their first write.
/// </summary>
internal sealed partial class OpenchargeAuthenticationMiddleware(
    RequestDelegate next,
    ICallerKeyStore keys,
    GatewayIdentity identity,
    TimeProvider clock,
    IOptions<OpenchargeAuthenticationOptions> options,
    OpenchargeMetrics metrics,
    ILogger<OpenchargeAuthenticationMiddleware> logger)
{
    private readonly OpenchargeAuthenticationOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var nonces = context.RequestServices.GetRequiredService<INonceRegistry>();
        var withFirstWrite = context.GetEndpoint()?.Metadata.GetMetadata<NonceWithFirstWrite>() is not null;
        AuthenticatedCaller caller;
        try
        {
            caller = await AuthenticateAsync(context, nonces, withFirstWrite);
        }
        catch (OpenchargeException rejection)
        {
            metrics.Rejected(rejection.Error.Code);
            throw;
        }

        context.Features.Set(caller);
        // The reader returned an exact-size array; hand the same bytes on instead of copying them again.
        context.Request.Body = MemoryMarshal.TryGetArray(caller.Body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(caller.Body.ToArray(), writable: false);
        if (withFirstWrite)
            await RunWithDeferredNonceAsync(context, nonces);
        else
            await next(context);
    }

    /// <summary>
    /// The endpoint's first write carried the nonce (a replay made it throw and take no effect). If it wrote nothing
    /// (an error before its write, or nothing to write), the nonce is recorded now; a replay then answers 401 whatever
    /// the endpoint answered, as it would have had the nonce been checked first. Another failure of the endpoint
    /// wins over a failure to record the nonce after it.
    /// </summary>
    private async Task RunWithDeferredNonceAsync(HttpContext context, INonceRegistry nonces)
    {
        ExceptionDispatchInfo? failure = null;
        try
        {
            await next(context);
        }
        catch (NonceReplayedException)
        {
            throw Rejected(NonceReused());
        }
#pragma warning disable CA1031 // Kept and rethrown below, once the nonce is settled.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        bool recorded;
        try
        {
            recorded = await nonces.SettleAsync(context.RequestAborted);
        }
        catch when (failure is not null)
        {
            failure.Throw();
            throw;
        }
        if (!recorded)
        {
            if (!context.Response.HasStarted)
                context.Response.Clear();
            throw Rejected(NonceReused());
        }
        failure?.Throw();
    }

    private async Task<AuthenticatedCaller> AuthenticateAsync(HttpContext context, INonceRegistry nonces, bool withFirstWrite)
    {
        var headers = ReadHeaders(context.Request);
        var ocid = ParseOcid(headers.Ocid);
        CheckTimestamp(headers.Timestamp);
        if (!keys.IsKnown(ocid))
            throw Unauthorized(ErrorCodes.UnknownOcid, $"OCID {ocid} is not a partner of this gateway.");

        var body = await RequestBodyReader.ReadAsync(context.Request, _options.MaxBodyBytes, context.RequestAborted);
        var key = await keys.GetKeyAsync(ocid, context.RequestAborted);
        if (key.Status == CallerKeyStatus.Unknown)
            throw Unauthorized(ErrorCodes.UnknownOcid, $"OCID {ocid} is not a partner of this gateway.");
        if (key.Status == CallerKeyStatus.Unavailable)
            throw new OpenchargeException(StatusCodes.Status502BadGateway, ErrorCodes.MetadataUnavailable,
                $"The metadata of OCID {ocid} could not be fetched; try again later.");

        var pathAndQuery = context.Request.Path.Value + context.Request.QueryString.Value;
        var fullPath = context.Request.PathBase.Value + pathAndQuery;
        if (!RequestSigning.Verify(key.PublicKey!, headers.Ocid, headers.Timestamp, headers.Nonce, headers.Signature,
                context.Request.Method, fullPath, identity.BasePath, body.Span))
        {
            LogRejectedSignature(logger, ocid, context.Request.Method, fullPath);
            throw Unauthorized(ErrorCodes.InvalidSignature, "The request signature does not verify with the caller's published key.");
        }

        var keepUntil = clock.GetUtcNow() + _options.NonceRetention;
        if (withFirstWrite)
            nonces.RecordWithFirstWrite(ocid, headers.Nonce, keepUntil);
        else if (!await nonces.TryRecordAsync(ocid, headers.Nonce, keepUntil, context.RequestAborted))
            throw NonceReused();
        return new AuthenticatedCaller(ocid, body);
    }

    private static OpenchargeException NonceReused() =>
        Unauthorized(ErrorCodes.NonceReused, "This nonce was already used; every request needs a fresh X-OC-Nonce.");

    private OpenchargeException Rejected(OpenchargeException rejection)
    {
        metrics.Rejected(rejection.Error.Code);
        return rejection;
    }

    private static (string Ocid, string Timestamp, string Nonce, string Signature) ReadHeaders(HttpRequest request)
    {
        var missing = new List<string>();
        string Header(string name)
        {
            var value = request.Headers[name].ToString();
            if (string.IsNullOrWhiteSpace(value))
                missing.Add(name);
            return value.Trim();
        }

        var result = (Header(OpenchargeHeaders.Id), Header(OpenchargeHeaders.Timestamp),
            Header(OpenchargeHeaders.Nonce), Header(OpenchargeHeaders.Signature));
        if (missing.Count > 0)
            throw Unauthorized(ErrorCodes.InvalidSignature, "Missing authentication headers: " + string.Join(", ", missing) + ".",
                new Dictionary<string, object?> { ["missingHeaders"] = missing });
        if (result.Item3.Length > 128)
            throw Unauthorized(ErrorCodes.InvalidSignature, "X-OC-Nonce must be at most 128 characters.");
        return result;
    }

    private static long ParseOcid(string text)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid))
            throw Unauthorized(ErrorCodes.UnknownOcid, "X-OC-ID must be a decimal OCID.");
        return ocid;
    }

    private void CheckTimestamp(string text)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp))
            throw Unauthorized(ErrorCodes.TimestampExpired, "X-OC-Timestamp must be Unix seconds.");
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)_options.TimestampTolerance.TotalSeconds;
        // Compared as bounds, never as the distance now − timestamp: for a stamp near long.MinValue that distance does
        // not fit in a long (Math.Abs throws, an unchecked subtraction wraps into the window).
        if (timestamp < now - skew || timestamp > now + skew)
            throw Unauthorized(ErrorCodes.TimestampExpired, $"X-OC-Timestamp is more than {skew} s away from our clock.",
                new Dictionary<string, object?> { ["serverTime"] = now });
    }

    private static OpenchargeException Unauthorized(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(StatusCodes.Status401Unauthorized, code, message, details);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected request signature from OCID {Ocid} on {Method} {Path}")]
    private static partial void LogRejectedSignature(ILogger logger, long ocid, string method, string path);
}
