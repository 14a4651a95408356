namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>Keys of the partners allowed to call us. Only keys from our own directory are ever trusted.</summary>
public interface ICallerKeyStore
{
    bool IsKnown(long ocid);

    Task<CallerKey> GetKeyAsync(long ocid, CancellationToken cancellationToken);
}
