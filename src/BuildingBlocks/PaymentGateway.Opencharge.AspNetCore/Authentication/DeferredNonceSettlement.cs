using FastEndpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static PaymentGateway.Opencharge.AspNetCore.Authentication.SignedRequestRejections;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>
/// The second half of request authentication for endpoints marked <see cref="NonceWithFirstWrite"/>, run by the
/// <see cref="Endpoints.OpenchargeApi"/> group after the endpoint, whatever it answered. Their first write carried the
/// nonce (a replay made it throw <see cref="NonceReplayedException"/> and take no effect). If it wrote nothing (a
/// refusal before its write, or nothing to write), the nonce is recorded now; a replay then answers 401 whatever the
/// endpoint answered, as it would have had the nonce been checked first. Another failure of the endpoint wins over a
/// failure to record the nonce after it. FastEndpoints keeps processors for the life of the host: state is per request.
/// </summary>
internal sealed class DeferredNonceSettlement : IGlobalPostProcessor
{
    public async Task PostProcessAsync(IPostProcessorContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (!NonceWithFirstWrite.IsMarked(http) || http.Features.Get<AuthenticatedCaller>() is null)
            return;
        var metrics = http.RequestServices.GetRequiredService<OpenchargeMetrics>();
        var failure = context.ExceptionDispatchInfo;
        if (failure?.SourceException is NonceReplayedException)
            throw Rejected(metrics);

        bool recorded;
        try
        {
            recorded = await http.RequestServices.GetRequiredService<INonceRegistry>().SettleAsync(ct);
        }
        catch when (failure is not null)
        {
            return; // FastEndpoints rethrows the endpoint's own failure.
        }
        if (!recorded)
        {
            if (!http.Response.HasStarted)
                http.Response.Clear();
            throw Rejected(metrics);
        }
    }

    private static Errors.OpenchargeException Rejected(OpenchargeMetrics metrics)
    {
        var rejection = NonceReused();
        metrics.Rejected(rejection.Error.Code);
        return rejection;
    }
}
