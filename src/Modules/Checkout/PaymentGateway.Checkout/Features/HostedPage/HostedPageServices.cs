using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.Checkout.Features.HostedPage;

internal static class HostedPageServices
{
    public static IServiceCollection AddHostedPage(this IServiceCollection services)
    {
        // Our own X-Frame-Options: DENY is set on every page; antiforgery's default SAMEORIGIN would be weaker.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        // The sandbox is the only processor so far; a real acquirer replaces this one registration.
        services.TryAddSingleton<ICardProcessor, SandboxCardProcessor>();
        services.AddScoped<FormGuard>();
        services.AddScoped<MerchantLookup>();
        services.AddScoped<HostedPages>();
        services.AddScoped<PaymentClaims>();
        services.AddScoped<PaymentCompleter>();
        services.AddScoped<SessionCanceller>();
        services.AddScoped<PayHandler>();
        return services;
    }
}
