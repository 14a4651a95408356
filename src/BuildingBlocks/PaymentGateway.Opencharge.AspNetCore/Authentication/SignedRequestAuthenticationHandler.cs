using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using static PaymentGateway.Opencharge.AspNetCore.Authentication.SignedRequestRejections;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// The <see cref="OpenchargeAuthentication.Scheme"/> scheme, which the <see cref="Endpoints.OpenchargeApi"/> group
/// requires of its endpoints: verifies the four X-OC-* headers (docs/protocol.md, Signed requests) over the exact body
/// bytes before the endpoint binds anything. Order: headers, timestamp, caller in our directory, body, key, signature,
/// and only then the nonce, so that an unsigned request can never burn a legitimate caller's nonce. The nonce is
/// recorded now, or, for endpoints marked <see cref="NonceWithFirstWrite"/>, in the transaction of their first write
/// (<see cref="DeferredNonceSettlement"/> settles it after the endpoint). The verified caller and its body bytes are
/// the request's <see cref="AuthenticatedCaller"/>. A refusal is answered by the challenge, in the error envelope with
/// the status and code that say why (401, 413 PAYLOAD_TOO_LARGE, 502 METADATA_UNAVAILABLE); a failure of the database
/// or the directory is not a refusal and reaches the error middleware as it is (503, 500).
/// </summary>
internal sealed partial class SignedRequestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ICallerKeyStore keys,
    GatewayIdentity identity,
    TimeProvider clock,
    IOptions<OpenchargeAuthenticationOptions> settings,
    OpenchargeMetrics metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        AuthenticatedCaller caller;
        try
        {
            caller = await VerifyAsync();
        }
        catch (OpenchargeException rejection)
        {
            metrics.Rejected(rejection.Error.Code);
            return AuthenticateResult.Fail(rejection);
        }

        Context.Features.Set(caller);
        // The reader returned an exact-size array; hand the same bytes on instead of copying them again.
        Request.Body = MemoryMarshal.TryGetArray(caller.Body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(caller.Body.ToArray(), writable: false);
        // Who called is the AuthenticatedCaller; the principal only says that the request is authentic.
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(Scheme.Name)), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var rejection = result.Failure as OpenchargeException
            ?? Unauthorized(ErrorCodes.InvalidSignature, "This endpoint needs a signed request.");
        await OpenchargeErrorWriter.WriteAsync(Context, rejection);
    }

    private async Task<AuthenticatedCaller> VerifyAsync()
    {
        var limits = settings.Value;
        var headers = ReadHeaders(Request);
        var ocid = ParseOcid(headers.Ocid);
        CheckTimestamp(headers.Timestamp, limits);
        if (!keys.IsKnown(ocid))
            throw Unauthorized(ErrorCodes.UnknownOcid, $"OCID {ocid} is not a partner of this gateway.");

        var body = await RequestBodyReader.ReadAsync(Request, limits.MaxBodyBytes, Context.RequestAborted);
        var key = await keys.GetKeyAsync(ocid, Context.RequestAborted);
        if (key.Status == CallerKeyStatus.Unknown)
            throw Unauthorized(ErrorCodes.UnknownOcid, $"OCID {ocid} is not a partner of this gateway.");
        if (key.Status == CallerKeyStatus.Unavailable)
            throw new OpenchargeException(StatusCodes.Status502BadGateway, ErrorCodes.MetadataUnavailable,
                $"The metadata of OCID {ocid} could not be fetched; try again later.");

        var pathAndQuery = Request.Path.Value + Request.QueryString.Value;
        var fullPath = Request.PathBase.Value + pathAndQuery;
        if (!RequestSigning.Verify(key.PublicKey!, headers.Ocid, headers.Timestamp, headers.Nonce, headers.Signature,
                Request.Method, fullPath, identity.BasePath, body.Span))
        {
            LogRejectedSignature(Logger, ocid, Request.Method, fullPath);
            throw Unauthorized(ErrorCodes.InvalidSignature, "The request signature does not verify with the caller's published key.");
        }

        var nonces = Context.RequestServices.GetRequiredService<INonceRegistry>();
        var keepUntil = clock.GetUtcNow() + limits.NonceRetention;
        if (NonceWithFirstWrite.IsMarked(Context))
            nonces.RecordWithFirstWrite(ocid, headers.Nonce, keepUntil);
        else if (!await nonces.TryRecordAsync(ocid, headers.Nonce, keepUntil, Context.RequestAborted))
            throw NonceReused();
        return new AuthenticatedCaller(ocid, body);
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

    private void CheckTimestamp(string text, OpenchargeAuthenticationOptions limits)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp))
            throw Unauthorized(ErrorCodes.TimestampExpired, "X-OC-Timestamp must be Unix seconds.");
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)limits.TimestampTolerance.TotalSeconds;
        // Compared as bounds, never as the distance now − timestamp: for a stamp near long.MinValue that distance does
        // not fit in a long (Math.Abs throws, an unchecked subtraction wraps into the window).
        if (timestamp < now - skew || timestamp > now + skew)
            throw Unauthorized(ErrorCodes.TimestampExpired, $"X-OC-Timestamp is more than {skew} s away from our clock.",
                new Dictionary<string, object?> { ["serverTime"] = now });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected request signature from OCID {Ocid} on {Method} {Path}")]
    private static partial void LogRejectedSignature(ILogger logger, long ocid, string method, string path);
}
