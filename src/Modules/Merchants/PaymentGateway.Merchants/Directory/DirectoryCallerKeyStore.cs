using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Merchants.Directory;

/// <summary>Gives request authentication the keys of our directory's partners, and nobody else's.</summary>
internal sealed class DirectoryCallerKeyStore(IPartnerDirectory directory) : ICallerKeyStore
{
    public bool IsKnown(long ocid) => directory.IsKnown(ocid);

    public async Task<CallerKey> GetKeyAsync(long ocid, CancellationToken cancellationToken)
    {
        try
        {
            var profile = await directory.GetAsync(ocid, cancellationToken);
            return CallerKey.Found(profile.PublicKey);
        }
        catch (UnknownPartnerException)
        {
            return CallerKey.Unknown;
        }
        catch (PartnerUnavailableException)
        {
            return CallerKey.Unavailable;
        }
    }
}
