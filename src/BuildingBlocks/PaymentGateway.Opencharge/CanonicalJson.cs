using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Opencharge;

public static class CanonicalJson
{
    public static string Serialize(JsonElement element, CanonicalVariant variant = CanonicalVariant.R) => throw new NotImplementedException();
    public static string Serialize(JsonNode node, CanonicalVariant variant = CanonicalVariant.R) => throw new NotImplementedException();
}
