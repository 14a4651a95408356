using FastEndpoints;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Operators.Api;

/// <summary>
/// FastEndpoints' own binder with two operator habits (see <see cref="OperatorApi"/>): a POST body is JSON whatever
/// its Content-Type says, and a listing reports every bad parameter at once rather than only those that did not parse.
/// </summary>
internal sealed class OperatorRequestBinder<TRequest> : RequestBinder<TRequest> where TRequest : notnull
{
    public override async ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var request = ctx.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength is not 0 && !request.HasJsonContentType())
            request.ContentType = "application/json";
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
}
