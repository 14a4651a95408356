namespace PaymentGateway.Opencharge.AspNetCore.Identity;

/// <summary>
/// The <c>Opencharge</c> configuration section: who this gateway is and where it is served. The section's
/// <c>SettlementCurrencies</c> and <c>SettlementAccepts</c> are Settlement's terms, read by that module.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Opencharge";

    public long Ocid { get; set; }

    /// <summary>64 hex. Prefer <see cref="PrivateKeyFile"/> in production so the key stays out of the environment.</summary>
    public string? PrivateKey { get; set; }

    public string? PrivateKeyFile { get; set; }

    /// <summary>Public base URL, e.g. <c>https://pay.example.com</c>; the hosted checkout page is served below it.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>Path under <see cref="BaseUrl"/> of the Opencharge API; <c>BaseUrl + BasePath</c> is <c>config.endpoint</c>.</summary>
    public string BasePath { get; set; } = "/opencharge";

    public string Name { get; set; } = "Opencharge Payment Gateway";

    public string? Profile { get; set; }

    public string? Icon { get; set; }

    public string? Contact { get; set; }

    /// <summary>
    /// Insecure mode, for development and tests only: http:// partner metadata and endpoints, and http:// success and
    /// cancel URLs at checkout creation. Off, everything must be https.
    /// </summary>
    public bool AllowInsecureMetadata { get; set; }
}
