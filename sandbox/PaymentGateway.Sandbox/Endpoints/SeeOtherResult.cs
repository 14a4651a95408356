namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>
/// 303 See Other: after a form POST the browser must follow with a GET. Results.Redirect only offers 302/307/308.
/// </summary>
internal sealed class SeeOtherResult : IResult
{
    private readonly string _location;

    public SeeOtherResult(string location) => _location = location;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = _location;
        httpContext.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
