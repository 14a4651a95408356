using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Opencharge;

public static class ObjectSignatures
{
    public static string Sign(OpenchargePrivateKey key, JsonNode value) => throw new NotImplementedException();
    public static CanonicalVariant? Verify(OpenchargePublicKey key, JsonElement value, string signature) => throw new NotImplementedException();
}
