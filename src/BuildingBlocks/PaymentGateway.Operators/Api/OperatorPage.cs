using System.Text.Json.Serialization;

namespace PaymentGateway.Operators.Api;

/// <summary>One page of an operator listing, newest first.</summary>
public sealed record OperatorPage<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize,
    [property: JsonPropertyName("total")] long Total);
