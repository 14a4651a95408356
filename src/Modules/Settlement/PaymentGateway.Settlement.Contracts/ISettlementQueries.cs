namespace PaymentGateway.Settlement.Contracts;

/// <summary>What other modules may read from Settlement.</summary>
public interface ISettlementQueries
{
    /// <summary>The signed proof issued for a checkout session, or null while none is issued yet.</summary>
    Task<IssuedProof?> FindProofForSessionAsync(string sessionId, CancellationToken cancellationToken);
}
