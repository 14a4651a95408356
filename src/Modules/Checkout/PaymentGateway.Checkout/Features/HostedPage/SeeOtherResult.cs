using Microsoft.AspNetCore.Http;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>303 See Other: after a post the browser follows with a GET, so a reload never re-submits the form.</summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    public string Location { get; } = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        SecurityHeaders.Apply(response, [Location]);
        response.StatusCode = StatusCodes.Status303SeeOther;
        response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
