using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;

namespace PaymentGateway.Sandbox.Protocol;

/// <summary>A JSON answer signed by the responding party (docs/protocol.md, Signed responses, a SHOULD that costs nothing here).</summary>
internal sealed class SignedJsonResult : IResult
{
    private readonly SandboxParty _responder;
    private readonly int _status;
    private readonly JsonObject _body;

    public SignedJsonResult(SandboxParty responder, int status, JsonObject body)
    {
        _responder = responder;
        _status = status;
        _body = body;
    }

    public static SignedJsonResult Error(SandboxParty responder, ProtocolError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new SignedJsonResult(responder, error.Status, ErrorBody.Create(error.Code, error.Message));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(_body);
        var timestamp = httpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        var response = httpContext.Response;
        response.StatusCode = _status;
        response.ContentType = "application/json";
        response.Headers[OpenchargeHeaders.Id] = _responder.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[OpenchargeHeaders.Timestamp] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[OpenchargeHeaders.Signature] = ResponseSigning.Sign(_responder.Key, _responder.Ocid, timestamp, _status, bytes);
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
