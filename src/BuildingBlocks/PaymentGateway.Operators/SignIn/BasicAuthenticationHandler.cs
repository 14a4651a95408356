using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Operators.SignIn;

/// <summary>
/// The <c>OperatorBasic</c> scheme: HTTP Basic against <see cref="OperatorDirectory"/>. Challenges answer 401 with
/// <c>WWW-Authenticate: Basic realm="operators"</c> and the error envelope; forbidden answers 403. Passwords are
/// never logged, nor the user name of a failed sign-in (people type passwords into the wrong field).
/// </summary>
internal sealed partial class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    OperatorDirectory directory,
    SignInThrottle throttle,
    IOptions<OperatorAccessOptions> accessOptions,
    IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string LocalDeveloper = "local-developer";

    private static readonly object LockedOutKey = new();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
            return Task.FromResult(IsAnonymousLocalAllowed() ? Success(LocalDeveloper, OperatorAccess.AdminRole) : AuthenticateResult.NoResult());
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());
        var address = Context.Connection.RemoteIpAddress;
        if (throttle.IsLocked(address, out var retryAfter))
        {
            Context.Items[LockedOutKey] = retryAfter ?? TimeSpan.FromMinutes(1);
            return Task.FromResult(AuthenticateResult.Fail("Too many failed sign-ins from this address."));
        }
        if (!BasicCredentials.TryParse(header, out var credentials))
        {
            throttle.RecordFailure(address);
            return Task.FromResult(AuthenticateResult.Fail("Malformed Basic credentials."));
        }
        var user = directory.Authenticate(credentials);
        if (user is null)
        {
            throttle.RecordFailure(address);
            LogRejected(Logger, address);
            return Task.FromResult(AuthenticateResult.Fail("Unknown operator or wrong password."));
        }
        return Task.FromResult(Success(user.Name, user.Role));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[LockedOutKey] is TimeSpan wait)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await OpenchargeErrorWriter.WriteAsync(Context, StatusCodes.Status429TooManyRequests,
                new OpenchargeError(ErrorCodes.TooManyRequests, "Too many failed operator sign-ins from this address; try again later."));
            return;
        }
        Response.Headers.WWWAuthenticate = $"Basic realm=\"{OperatorAccess.Realm}\"";
        await OpenchargeErrorWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            new OpenchargeError(OperatorErrorCodes.Unauthorized, "Operator credentials are required (HTTP Basic)."));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        OpenchargeErrorWriter.WriteAsync(Context, StatusCodes.Status403Forbidden,
            new OpenchargeError(OperatorErrorCodes.Forbidden, "This operation needs the admin role."));

    private AuthenticateResult Success(string name, string role)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>Only with the explicit setting, in Development, from this machine.</summary>
    private bool IsAnonymousLocalAllowed() =>
        accessOptions.Value.AllowAnonymousLocal && environment.IsDevelopment()
        && Context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator sign-in refused (unknown user or wrong password) from {RemoteAddress}")]
    private static partial void LogRejected(ILogger logger, IPAddress? remoteAddress);
}
