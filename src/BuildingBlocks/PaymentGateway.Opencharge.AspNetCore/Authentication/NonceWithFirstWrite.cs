using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// Endpoint metadata: this endpoint sends its first database write through the request's shared batch, so the
/// request's nonce is recorded in that write's transaction (one round trip, one commit) instead of in one of its own
/// before the endpoint runs. Only for endpoints whose every write goes that way: a replay must take no effect.
/// </summary>
public sealed class NonceWithFirstWrite
{
    public static readonly NonceWithFirstWrite Instance = new();

    private NonceWithFirstWrite()
    {
    }

    /// <summary>Whether the request's endpoint carries this mark.</summary>
    public static bool IsMarked(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<NonceWithFirstWrite>() is not null;
}
