namespace PaymentGateway.Sandbox.Configuration;

/// <summary>The <c>Sandbox</c> configuration section, as bound; <see cref="SandboxSettings"/> is the validated form.</summary>
internal sealed class SandboxOptions
{
    public long MerchantOcid { get; set; } = 500;

    public long MerchantGatewayOcid { get; set; } = 300;

    public string? MerchantKeyFile { get; set; }

    public string? MerchantGatewayKeyFile { get; set; }

    /// <summary>The settlement provider ("bank") that funds the merchant gateway's balance at the payment gateway.</summary>
    public long BankOcid { get; set; } = 100;

    public string? BankKeyFile { get; set; }

    public string BaseUrl { get; set; } = "http://127.0.0.1:5090";

    public string GatewayBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public long GatewayOcid { get; set; } = 200;

    public string? GatewayMetadataUrl { get; set; }

    public string DataFolder { get; set; } = ".local/sandbox";
}
