using Microsoft.Extensions.Logging;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Merchants.Contracts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// The merchant's display name and icon. The customer must be able to pay even when the merchant's metadata host is
/// down, so any failure (or a slow answer) falls back to "Merchant &lt;ocid&gt;".
/// </summary>
internal sealed partial class MerchantLookup(IPartnerDirectory directory, ILogger<MerchantLookup> logger)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public async Task<MerchantView> GetAsync(long merchantOcid, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Budget);
        try
        {
            var profile = await directory.GetAsync(merchantOcid, timeout.Token);
            return new MerchantView(string.IsNullOrWhiteSpace(profile.Name) ? MerchantView.Fallback(merchantOcid).Name : profile.Name, profile.Icon);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, exception, merchantOcid);
            return MerchantView.Fallback(merchantOcid);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metadata of merchant {MerchantOcid} unavailable; the checkout page shows a generic name")]
    private static partial void LogFallback(ILogger logger, Exception exception, long merchantOcid);
}
