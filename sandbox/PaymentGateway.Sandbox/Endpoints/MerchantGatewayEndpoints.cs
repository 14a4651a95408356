using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.MerchantGateway;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>The merchant gateway's Opencharge API, mounted at <c>/mg/opencharge</c>.</summary>
internal static class MerchantGatewayEndpoints
{
    public static void MapMerchantGateway(this IEndpointRouteBuilder app)
    {
        // No model binding: the handler needs the raw body bytes for the request signature.
        app.MapPost(SandboxSettings.MerchantGatewayBasePath + "/transfer/webhook", (HttpContext context, SandboxMerchantGateway merchantGateway) =>
            merchantGateway.ReceiveGatewayProofAsync(context)).DisableAntiforgery();
    }
}
