using System.Text.Json;

namespace PaymentGateway.Settlement.Features;

/// <summary>Reads typed fields from a JSON object and collects what is wrong with them under their dotted paths.</summary>
internal sealed class JsonFields(Dictionary<string, object?> errors)
{
    public JsonElement? Object(JsonElement parent, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors[name] = "is required";
            return null;
        }
        if (value.ValueKind == JsonValueKind.Object)
            return value;
        errors[name] = "must be an object";
        return null;
    }

    public string? String(JsonElement parent, string name, string path, bool required, int maxLength)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors[path] = "is required";
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors[path] = "must be a string";
            return null;
        }
        var text = value.GetString()!;
        // Tab and line breaks may stand in a memo; other control characters (NUL above all, which PostgreSQL cannot
        // store) belong in no field of a transfer.
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            errors[path] = "must not contain control characters";
            return null;
        }
        if ((text.Length == 0 && required) || text.Length > maxLength)
        {
            errors[path] = $"must be 1 to {maxLength} characters";
            return null;
        }
        return text;
    }

    public long? Integer(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors[path] = "is required";
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0)
            return number;
        errors[path] = "must be a positive integer OCID";
        return null;
    }
}
