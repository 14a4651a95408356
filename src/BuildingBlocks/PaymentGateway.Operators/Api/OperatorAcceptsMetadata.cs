using Microsoft.AspNetCore.Http.Metadata;

namespace PaymentGateway.Operators.Api;

/// <summary>
/// Documents a JSON body but lets routing match any Content-Type, so a body under the "wrong" type reaches the
/// endpoint (and its envelope) instead of an empty 415 from the router.
/// </summary>
internal sealed class OperatorAcceptsMetadata(Type? requestType) : IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes { get; } = ["application/json", "*/*"];

    public Type? RequestType { get; } = requestType;

    public bool IsOptional => true;
}
