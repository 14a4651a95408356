using System.Text.Json;
using FluentValidation.Results;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// The first step of reading every Opencharge body: the verified request bytes as a JSON object whose every name and
/// string is readable text (<see cref="JsonTextCheck"/>), or the failures that say what is wrong. Fields can then be
/// read with <see cref="JsonElement.GetString"/> without anything left that could throw.
/// </summary>
public static class JsonRequestBody
{
    private const string NotAnObject = "must be a JSON object";

    /// <summary>The parsed body, or null with the reasons added to <paramref name="failures"/>.</summary>
    public static JsonDocument? TryParseObject(ReadOnlyMemory<byte> body, int maxDepth, List<ValidationFailure> failures)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException)
        {
            failures.Add(new ValidationFailure(ValidationErrorEnvelope.BodyField, NotAnObject));
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            failures.Add(new ValidationFailure(ValidationErrorEnvelope.BodyField, NotAnObject));
            document.Dispose();
            return null;
        }
        var unreadable = JsonTextCheck.Find(root);
        if (unreadable.Count > 0)
        {
            failures.AddRange(unreadable.Select(entry => new ValidationFailure(entry.Key, (string?)entry.Value)));
            document.Dispose();
            return null;
        }
        return document;
    }
}
