using System.Text.Json;
using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// Binds a typed Opencharge request from the very bytes whose signature request authentication verified, with
/// one JSON parse: <see cref="JsonRequestBody"/> checks that they are an object of readable text, then
/// <see cref="Read"/> takes the fields from that document, naming each of the wrong JSON type. Strings are taken as
/// received, so an amount stays the exact text that was signed. A body that is no readable JSON object stops here;
/// otherwise the endpoint's validator runs, and FastEndpoints answers every failure of both steps at once
/// (<see cref="Errors.ValidationErrorEnvelope"/>).
/// </summary>
public abstract class SignedJsonBinder<TRequest> : IRequestBinder<TRequest> where TRequest : notnull
{
    /// <summary>The deepest nesting a body of this request may have.</summary>
    protected virtual int MaxDepth => 16;

    public ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var document = JsonRequestBody.TryParseObject(ctx.HttpContext.GetCaller().Body, MaxDepth, ctx.ValidationFailures)
            ?? throw new ValidationFailureException(ctx.ValidationFailures, "The request body is not a readable JSON object.");
        // Disposed with the response: the request may keep elements of it (a signed order) for the endpoint without a copy.
        ctx.HttpContext.Response.RegisterForDispose(document);
        return ValueTask.FromResult(Read(document.RootElement, new JsonFields(ctx.ValidationFailures)));
    }

    /// <summary>
    /// The typed request from the body's root object. Its elements stay readable until the response is complete (no
    /// longer: clone what must outlive the request).
    /// </summary>
    protected abstract TRequest Read(JsonElement root, JsonFields fields);
}
