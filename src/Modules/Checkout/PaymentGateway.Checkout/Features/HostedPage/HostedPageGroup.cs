using FastEndpoints;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The customer-facing pages under <c>/pay</c>: outside the Opencharge API (no signatures), anonymous, and not part of
/// any OpenAPI document. <see cref="CheckoutPages.UseCheckoutPages"/> puts their log scope and error pages in front.
/// </summary>
internal sealed class HostedPageGroup : Group
{
    public HostedPageGroup()
    {
        Configure(HostedPagePaths.PagePrefix, endpoint =>
        {
            endpoint.AllowAnonymous();
            endpoint.Description(d => d.ExcludeFromDescription());
        });
    }
}
