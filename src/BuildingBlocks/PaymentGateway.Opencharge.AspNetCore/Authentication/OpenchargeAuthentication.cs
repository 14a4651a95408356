namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>The name the Opencharge API's request authentication is registered under (<see cref="SignedRequestAuthenticationHandler"/>).</summary>
public static class OpenchargeAuthentication
{
    /// <summary>The signed-request scheme the <see cref="Endpoints.OpenchargeApi"/> group requires.</summary>
    public const string Scheme = "OpenchargeSignature";
}
