using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>
/// FastEndpoints' error response for the gateway's endpoints: what a request binder and validator found wrong is
/// answered as one Opencharge envelope, 400 INVALID_REQUEST, whose details name every bad field (its path as the body
/// spells it, e.g. <c>order.items[0].price</c>) with its problem.
/// </summary>
public static class ValidationErrorEnvelope
{
    /// <summary>The body as a whole (not one field of it) in the details.</summary>
    public const string BodyField = "body";

    public static void UseOpenchargeEnvelope(this ErrorOptions errors)
    {
        errors.ContentType = "application/json";
        // Each endpoint documents its own error statuses with the envelope; FastEndpoints' default 400 type would
        // replace that description.
        errors.ProducesMetadataType = null;
        errors.ResponseBuilder = Build;
    }

    /// <summary>FastEndpoints' <see cref="ErrorOptions.ResponseBuilder"/>: the status is FastEndpoints' to set.</summary>
    public static object Build(List<ValidationFailure> failures, HttpContext context, int statusCode) => Of(failures);

    public static OpenchargeErrorEnvelope Of(IEnumerable<ValidationFailure> failures)
    {
        // The binder's finding about a field (its JSON type) comes first and is the one reported.
        var details = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var failure in failures)
            details.TryAdd(string.IsNullOrEmpty(failure.PropertyName) ? BodyField : failure.PropertyName, failure.ErrorMessage);
        var message = details.Count == 1 && details.TryGetValue(BodyField, out var problem)
            ? $"The request body {problem}."
            : "The request has invalid fields: " + string.Join(", ", details.Keys) + ".";
        return new OpenchargeErrorEnvelope(new OpenchargeError(ErrorCodes.InvalidRequest, message, details));
    }
}
