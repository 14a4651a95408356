using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Operators.Api;

/// <summary>Reads and writes <see cref="IsoInstant"/> as a JSON string; anything else is a JSON error naming the field.</summary>
internal sealed class IsoInstantJsonConverter : JsonConverter<IsoInstant>
{
    public override IsoInstant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"must be {IsoInstant.Expected}");
        // GetString throws for an escaped lone surrogate; the serializer reports that as a JsonException at this field.
        return IsoInstant.TryParse(reader.GetString(), out var instant) ? instant : throw new JsonException($"must be {IsoInstant.Expected}");
    }

    public override void Write(Utf8JsonWriter writer, IsoInstant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
