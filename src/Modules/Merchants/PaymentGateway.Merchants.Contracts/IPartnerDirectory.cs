namespace PaymentGateway.Merchants.Contracts;

/// <summary>
/// The parties this gateway deals with, as configured in <c>Opencharge:Directory</c>, with their published metadata.
/// Other modules read keys, endpoints and display data only through this interface.
/// </summary>
public interface IPartnerDirectory
{
    /// <summary>True when the OCID is in our directory (no network call).</summary>
    bool IsKnown(long ocid);

    /// <summary>The partner's validated metadata, fetched at most every few minutes.</summary>
    /// <exception cref="UnknownPartnerException">The OCID is not in our directory.</exception>
    /// <exception cref="PartnerUnavailableException">Its metadata could not be fetched or is invalid.</exception>
    Task<PartnerProfile> GetAsync(long ocid, CancellationToken cancellationToken);
}
