using Microsoft.EntityFrameworkCore;
using PaymentGateway.Settlement.Contracts;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Queries;

internal sealed class SettlementQueries(SettlementDbContext db) : ISettlementQueries
{
    public Task<IssuedProof?> FindProofForSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        (from proof in db.Proofs.AsNoTracking()
         join delivery in db.Deliveries.AsNoTracking() on proof.Txid equals delivery.Txid
         where proof.SessionId == sessionId
         select new IssuedProof(proof.Txid, proof.ProofJson, proof.Signature, delivery.State))
        .SingleOrDefaultAsync(cancellationToken);
}
