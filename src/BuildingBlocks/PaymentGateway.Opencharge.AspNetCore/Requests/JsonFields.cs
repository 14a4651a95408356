using System.Text.Json;
using FluentValidation.Results;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// Reads the fields of a typed request from its JSON document and records each one of the wrong JSON type under its
/// path. Absent and null are both "no value" (the validator decides what is required); strings are returned exactly
/// as received. What a value must look like beyond its JSON type is the validator's to say.
/// </summary>
public sealed class JsonFields(List<ValidationFailure> failures)
{
    public JsonElement? Object(JsonElement parent, string name, string path) =>
        Value(parent, name) is { } value ? value.ValueKind == JsonValueKind.Object ? value : Fail(path, "must be an object") : null;

    public JsonElement? Array(JsonElement parent, string name, string path) =>
        Value(parent, name) is { } value ? value.ValueKind == JsonValueKind.Array ? value : Fail(path, "must be an array") : null;

    public string? String(JsonElement parent, string name, string path)
    {
        if (Value(parent, name) is not { } value)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Fail(path, "must be a string");
        return null;
    }

    public long? Integer(JsonElement parent, string name, string path) =>
        Value(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : Fail<long>(path, "must be an integer")
            : null;

    public double? Number(JsonElement parent, string name, string path) =>
        Value(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) ? number : Fail<double>(path, "must be a number")
            : null;

    /// <summary>An array of OCIDs; absent or null is empty.</summary>
    public IReadOnlyList<long> Ocids(JsonElement parent, string name, string path)
    {
        if (Value(parent, name) is not { } value)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.Number || !a.TryGetInt64(out _)))
        {
            Fail(path, "must be an array of OCIDs");
            return [];
        }
        return [.. value.EnumerateArray().Select(a => a.GetInt64())];
    }

    /// <summary>Records that the value at <paramref name="path"/> is not what the request needs there.</summary>
    public JsonElement? Fail(string path, string problem)
    {
        failures.Add(new ValidationFailure(path, problem));
        return null;
    }

    private T? Fail<T>(string path, string problem) where T : struct
    {
        Fail(path, problem);
        return null;
    }

    private static JsonElement? Value(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
