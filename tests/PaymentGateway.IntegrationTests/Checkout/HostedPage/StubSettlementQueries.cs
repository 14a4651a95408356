using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.IntegrationTests.Checkout.HostedPage;

/// <summary>
/// Stands in for Settlement's <see cref="ISettlementQueries"/> while that module is not merged: every session has the
/// same fixed proof. Registered with TryAdd, so once the real module registers itself this stub is ignored.
/// </summary>
internal sealed class StubSettlementQueries : ISettlementQueries
{
    public const string ProofJson = """{"txid":"tx_stub","amount":"99.99","currency":"USD"}""";
    public const string Signature = "stubsignature";

    public Task<IssuedProof?> FindProofForSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult<IssuedProof?>(new IssuedProof("tx_stub", ProofJson, Signature, "delivered"));
}
