using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Identity;

/// <summary>The two parties this process plays, each with its own key file.</summary>
internal sealed class SandboxParties
{
    public SandboxParties(SandboxParty merchant, SandboxParty merchantGateway)
    {
        Merchant = merchant;
        MerchantGateway = merchantGateway;
    }

    public SandboxParty Merchant { get; }

    public SandboxParty MerchantGateway { get; }

    public static SandboxParties Load(SandboxSettings settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var merchant = new SandboxParty("Sandbox Merchant", settings.MerchantOcid, Load(settings.MerchantKeyFile, logger));
        var gateway = new SandboxParty("Sandbox Merchant Gateway", settings.MerchantGatewayOcid, Load(settings.MerchantGatewayKeyFile, logger));
        return new SandboxParties(merchant, gateway);
    }

    private static Opencharge.OpenchargePrivateKey Load(string path, ILogger logger)
    {
        var key = KeyFile.LoadOrCreate(path, out var created);
        if (created)
            logger.LogInformation("Generated a new signing key in {KeyFile}", path);
        return key;
    }
}
