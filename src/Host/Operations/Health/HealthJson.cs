using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Host.Operations.Health;

internal static class HealthJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
