using System.Text.Json.Serialization;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed record OperatorActionItem(
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("operator")] string Operator,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("at")] DateTimeOffset At);
