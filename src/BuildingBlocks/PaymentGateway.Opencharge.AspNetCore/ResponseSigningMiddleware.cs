using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Opencharge.AspNetCore;

/// <summary>
/// Signs every Opencharge API response (docs/protocol.md, Signed responses: X-OC-ID, X-OC-Timestamp, X-OC-Signature over
/// <c>ocid\ntimestamp\nstatus\nsha256(body)</c>). The body is buffered so the signature covers the exact bytes sent.
/// </summary>
internal sealed class ResponseSigningMiddleware(RequestDelegate next, GatewayIdentity identity, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var response = context.Response;
        response.Headers[OpenchargeHeaders.Id] = identity.OcidText;
        response.Headers[OpenchargeHeaders.Timestamp] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[OpenchargeHeaders.Signature] =
            ResponseSigning.Sign(identity.PrivateKey, identity.Ocid, timestamp, response.StatusCode, body.Span);
        response.ContentLength = body.Length;
        await original.WriteAsync(body, context.RequestAborted);
    }
}
