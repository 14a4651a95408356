using Microsoft.AspNetCore.Builder;

namespace PaymentGateway.Opencharge.AspNetCore.Errors;

public static class OpenchargeErrorsExtensions
{
    /// <summary>
    /// The error envelope (and "never a bare 500") for a branch of the pipeline outside the Opencharge base path that
    /// answers in the same envelope, such as the operator API.
    /// </summary>
    public static IApplicationBuilder UseOpenchargeErrors(this IApplicationBuilder app) =>
        app.UseMiddleware<OpenchargeErrorMiddleware>();
}
