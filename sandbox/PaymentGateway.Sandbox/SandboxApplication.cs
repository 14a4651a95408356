using Microsoft.AspNetCore.DataProtection;
using PaymentGateway.Sandbox.Bank;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Endpoints;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.MerchantGateway;
using PaymentGateway.Sandbox.Orders;
using PaymentGateway.Sandbox.Pages;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox;

/// <summary>Builds the sandbox web app; shared by Program and the tests, which start it on a loopback port.</summary>
internal static class SandboxApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = SandboxSettings.From(builder.Configuration.GetSection("Sandbox").Get<SandboxOptions>() ?? new SandboxOptions());

        using (var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole()))
        {
            var parties = SandboxParties.Load(settings, loggerFactory.CreateLogger("PaymentGateway.Sandbox"));
            builder.Services.AddSingleton(parties);
        }

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OrderStore>();
        builder.Services.AddSingleton<NonceStore>();
        builder.Services.AddSingleton<PageRenderer>();
        builder.Services.AddSingleton<SandboxMerchant>();
        builder.Services.AddSingleton<GatewayRequestAuthenticator>();
        builder.Services.AddSingleton<GatewayProofReceiver>();
        builder.Services.AddSingleton<SandboxMerchantGateway>();
        builder.Services.AddSingleton<TransferStore>();
        builder.Services.AddSingleton<MerchantWebhook>();
        builder.Services.AddSingleton<GatewayAccount>();
        builder.Services.AddSingleton<SandboxBank>();
        // Named clients created per call: the metadata cache is a singleton and must not pin one HttpClient.
        builder.Services.AddHttpClient(nameof(GatewayMetadataClient));
        builder.Services.AddHttpClient(nameof(GatewayApiClient), http => http.Timeout = TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<GatewayMetadataClient>();
        builder.Services.AddSingleton<GatewayApiClient>();
        builder.Services.AddSingleton<CheckoutClient>();
        builder.Services.AddAntiforgery();
        // Antiforgery tokens are protected with these keys; keeping them in the data folder lets a form loaded
        // before a restart still work after it, and keeps sandbox state out of the user's profile.
        builder.Services.AddDataProtection()
            .SetApplicationName("PaymentGateway.Sandbox")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "data-protection")));

        var app = builder.Build();
        app.UseAntiforgery();
        app.MapShop();
        app.MapOrders();
        app.MapMetadata();
        app.MapMerchantGateway();
        app.MapMerchant();
        app.MapBank();
        app.Lifetime.ApplicationStarted.Register(() => LogStartup(app, settings));
        return app;
    }

    private static void LogStartup(WebApplication app, SandboxSettings settings)
    {
        var parties = app.Services.GetRequiredService<SandboxParties>();
        app.Logger.LogInformation("Sandbox shop: {ShopUrl}/ (listening on {Addresses})", settings.PublicBase, string.Join(", ", app.Urls));
        app.Logger.LogInformation("Merchant {Party}: metadata {Url}", parties.Merchant, settings.PublicBase + "/merchant/metadata.json");
        app.Logger.LogInformation("Merchant gateway {Party}: metadata {Url}", parties.MerchantGateway, settings.PublicBase + "/mg/metadata.json");
        app.Logger.LogInformation("Bank {Party}: metadata {Url}", parties.Bank, settings.PublicBase + "/bank/metadata.json");
        app.Logger.LogInformation(
            "Payment gateway OCID {Ocid}, metadata {MetadataUrl}. Its directory needs Opencharge:Directory:{MerchantOcid}, :{MerchantGatewayOcid} and :{BankOcid} pointing at the three metadata URLs, Opencharge:SettlementAccepts listing the bank (and Opencharge:AllowInsecureMetadata=true for http)",
            settings.GatewayOcid, settings.GatewayMetadataUrl, parties.Merchant.Ocid, parties.MerchantGateway.Ocid, parties.Bank.Ocid);
    }
}
