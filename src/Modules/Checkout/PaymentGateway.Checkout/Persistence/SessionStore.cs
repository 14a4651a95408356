using Microsoft.EntityFrameworkCore;
using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.Checkout.Persistence;

/// <summary>
/// Session persistence. Creation is one <c>INSERT ... ON CONFLICT DO NOTHING</c> on the (merchant OCID, order id) key,
/// so concurrent duplicates, from one caller or from several, cannot create two sessions; the loser reads the winner's row.
/// The insert goes through the request's <see cref="RequestWrites"/>, so the request's nonce is recorded in the same
/// round trip and transaction (a replayed nonce fails the batch and no session is written).
/// </summary>
internal sealed class SessionStore(RequestWrites writes, CheckoutDbContext db)
{
    private const string InsertSql = """
        INSERT INTO checkout.sessions (id, caller_ocid, merchant_ocid, order_id, order_json, order_signature, signature_variant,
            amount, currency, success_url, cancel_url, request_fingerprint, status, created_at, expires_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        ON CONFLICT (merchant_ocid, order_id) DO NOTHING
        """;

    public async Task<CheckoutSession> InsertOrGetAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        await using (var batch = writes.CreateBatch())
        {
            var insert = new NpgsqlBatchCommand(InsertSql);
            AddParameters(insert, session);
            batch.BatchCommands.Add(insert);
            await writes.ExecuteAsync(batch, cancellationToken);
            if (insert.RecordsAffected == 1)
                return session;
        }
        return await db.Sessions.AsNoTracking()
            .SingleAsync(s => s.MerchantOcid == session.MerchantOcid && s.OrderId == session.OrderId, cancellationToken);
    }

    public Task<CheckoutSession?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>A session by the id in a customer's URL; anything that cannot be one of ours is not looked up at all.</summary>
    public Task<CheckoutSession?> FindPageSessionAsync(string? id, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(id) || id.Length > 64 ? Task.FromResult<CheckoutSession?>(null) : FindAsync(id, cancellationToken);

    private static void AddParameters(NpgsqlBatchCommand command, CheckoutSession session)
    {
        command.With(session.Id);
        command.With(session.CallerOcid);
        command.With(session.MerchantOcid);
        command.With(session.OrderId);
        command.With(session.OrderJson);
        command.With(session.OrderSignature);
        command.With(session.SignatureVariant);
        command.With(session.Amount);
        command.With(session.Currency);
        command.WithNullable(session.SuccessUrl, NpgsqlTypes.NpgsqlDbType.Text);
        command.WithNullable(session.CancelUrl, NpgsqlTypes.NpgsqlDbType.Text);
        command.With(session.RequestFingerprint);
        command.With(session.Status);
        command.With(session.CreatedAt);
        command.With(session.ExpiresAt);
    }
}
