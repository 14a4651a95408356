using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>The answers to a request that is not authentic (docs/protocol.md, Signed requests): 401 with the code that says why.</summary>
internal static class SignedRequestRejections
{
    public static OpenchargeException NonceReused() =>
        Unauthorized(ErrorCodes.NonceReused, "This nonce was already used; every request needs a fresh X-OC-Nonce.");

    public static OpenchargeException Unauthorized(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(StatusCodes.Status401Unauthorized, code, message, details);
}
