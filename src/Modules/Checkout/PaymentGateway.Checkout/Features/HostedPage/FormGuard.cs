using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// CSRF protection of the page's forms with ASP.NET Core antiforgery (cookie token + form token). Validated explicitly
/// so that a failure becomes our own HTML page, not an exception.
/// </summary>
internal sealed class FormGuard(IAntiforgery antiforgery)
{
    public Rendering.AntiforgeryField Issue(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new Rendering.AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    public async Task<bool> IsValidAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
            return false;
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (Exception exception) when (exception is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return false;
        }
    }
}
