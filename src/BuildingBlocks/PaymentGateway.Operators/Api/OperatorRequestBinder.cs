using FastEndpoints;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Operators.Api;

/// <summary>
/// FastEndpoints' own binder with two operator habits (see <see cref="OperatorApi"/>): a POST body is JSON whatever
/// its Content-Type says, and a listing reports every bad parameter at once rather than only those that did not parse.
/// Bodies are small filters and ids: anything above <see cref="MaxBodyBytes"/> is 413 before it is parsed.
/// </summary>
internal sealed class OperatorRequestBinder<TRequest> : RequestBinder<TRequest> where TRequest : notnull
{
    public const int MaxBodyBytes = 4096;

    public override async ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var request = ctx.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength is not 0)
        {
            request.Body = await ReadLimitedAsync(request, ct);
            if (request.Body.Length > 0 && !request.HasJsonContentType())
                request.ContentType = "application/json";
        }
        try
        {
            return await base.BindAsync(ctx, ct);
        }
        catch (ValidationFailureException) when (HttpMethods.IsGet(request.Method) && HasValidator(ctx))
        {
            // A value that does not parse stops FastEndpoints' binding before the validator runs. Bind the rest again
            // without the failed values, so the validator can name its own findings too; the endpoint's validation
            // then answers 400 with all of them (it fails on any failure in the list, the binder's included).
            return await BindWithoutFailedValuesAsync(ctx, ct);
        }
    }

    private async ValueTask<TRequest> BindWithoutFailedValuesAsync(BinderContext ctx, CancellationToken ct)
    {
        var request = ctx.HttpContext.Request;
        var failures = ctx.ValidationFailures.ToList();
        var failed = failures.Select(failure => failure.PropertyName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = request.Query;
        var routeValues = request.RouteValues.Where(value => failed.Contains(value.Key)).ToList();
        request.Query = new QueryCollection(query.Where(value => !failed.Contains(value.Key)).ToDictionary(value => value.Key, value => value.Value));
        foreach (var value in routeValues)
            request.RouteValues.Remove(value.Key);
        ctx.ValidationFailures.Clear();
        try
        {
            return await base.BindAsync(ctx, ct);
        }
        finally
        {
            request.Query = query;
            foreach (var value in routeValues)
                request.RouteValues[value.Key] = value.Value;
            ctx.ValidationFailures.InsertRange(0, failures);
        }
    }

    private static bool HasValidator(BinderContext ctx) =>
        ctx.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>()?.ValidatorType is not null;

    private static async Task<MemoryStream> ReadLimitedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
            throw TooLarge();
        var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return buffer;
    }

    private static OpenchargeException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.",
            new Dictionary<string, object?> { ["maxBytes"] = MaxBodyBytes });
}
