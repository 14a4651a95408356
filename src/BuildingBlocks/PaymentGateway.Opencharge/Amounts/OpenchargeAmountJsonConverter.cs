using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaymentGateway.Opencharge.Amounts;

/// <summary>An amount is a JSON string on every wire (protocol and outbox); anything else is refused, never coerced.</summary>
internal sealed class OpenchargeAmountJsonConverter : JsonConverter<OpenchargeAmount>
{
    public override OpenchargeAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException("An Opencharge amount must be a JSON string.");
        var text = reader.GetString();
        return OpenchargeAmount.TryParse(text, out var amount)
            ? amount
            : throw new JsonException($"'{text}' is not an Opencharge amount (a positive decimal of at most {OpenchargeAmount.MaxDigits} digits).");
    }

    public override void Write(Utf8JsonWriter writer, OpenchargeAmount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Text);
    }
}
