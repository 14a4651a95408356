using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Identity;

/// <summary>The three parties this process plays, each with its own key file.</summary>
internal sealed class SandboxParties
{
    public SandboxParties(SandboxParty merchant, SandboxParty merchantGateway, SandboxParty bank)
    {
        Merchant = merchant;
        MerchantGateway = merchantGateway;
        Bank = bank;
    }

    public SandboxParty Merchant { get; }

    public SandboxParty MerchantGateway { get; }

    /// <summary>The settlement provider: sends proofs of money it moved to the payment gateway's /transfer/webhook.</summary>
    public SandboxParty Bank { get; }

    public static SandboxParties Load(SandboxSettings settings, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var merchant = new SandboxParty("Sandbox Merchant", settings.MerchantOcid, Load(settings.MerchantKeyFile, logger));
        var gateway = new SandboxParty("Sandbox Merchant Gateway", settings.MerchantGatewayOcid, Load(settings.MerchantGatewayKeyFile, logger));
        var bank = new SandboxParty("Sandbox Bank", settings.BankOcid, Load(settings.BankKeyFile, logger));
        return new SandboxParties(merchant, gateway, bank);
    }

    private static Opencharge.OpenchargePrivateKey Load(string path, ILogger logger)
    {
        var key = KeyFile.LoadOrCreate(path, out var created);
        if (created)
            logger.LogInformation("Generated a new signing key in {KeyFile}", path);
        return key;
    }
}
