using System.Text.Json;
using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(IIntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IIntegrationEvent Deserialize(string typeName, string payload)
    {
        var type = System.Type.GetType(typeName, throwOnError: true)!;
        return (IIntegrationEvent)JsonSerializer.Deserialize(payload, type, Options)!;
    }
}
