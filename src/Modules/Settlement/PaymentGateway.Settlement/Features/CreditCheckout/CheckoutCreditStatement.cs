using Npgsql;
using PaymentGateway.Modularity.Persistence;
using PaymentGateway.Settlement.Delivery;
using PaymentGateway.Settlement.Ledger;
using PaymentGateway.Settlement.Persistence;
using PaymentGateway.Settlement.Proofs;

namespace PaymentGateway.Settlement.Features.CreditCheckout;

/// <summary>
/// The whole settlement transaction of a completed checkout as one statement (so one round trip and one commit):
/// the inbox row, the journal entry and its two legs, the proof, and its delivery, each written only if the one before
/// it was (data-modifying CTEs chained by their RETURNING rows). The only-once rules stay the database's: the inbox key
/// refuses an event applied before (nothing is written), the entry's idempotency key a second credit of the session
/// (only the inbox row is written), the proof's unique session id a second proof. Balanced entries and account totals
/// are checked by the ledger's triggers as for any posting (docs/adr/0004-general-ledger.md); the legs go in account id
/// order, as <see cref="LedgerWriter"/> inserts them, so concurrent postings lock accounts in one global order.
/// The delivery is written already leased for its first attempt (<see cref="DeliveryClaim"/>), which the caller makes
/// right after the commit without a claim of its own; should the caller die, the lease runs out and the resume sweep
/// delivers it.
/// </summary>
/// <remarks>Plain SQL (docs/architecture.md, Data access): this runs for every payment.</remarks>
internal sealed class CheckoutCreditStatement(NpgsqlDataSource dataSource)
{
    private static readonly string Sql = $"""
        WITH inbox AS (
            INSERT INTO settlement.inbox_messages (event_id, consumer, processed_at) VALUES ($1, $2, $3)
            ON CONFLICT DO NOTHING
            RETURNING event_id),
        entry AS (
            INSERT INTO settlement.journal_entries (idempotency_key, kind, session_id, event_id, txid, amount, currency, memo, posted_at)
            SELECT $4, '{JournalEntryKinds.Checkout}', $5, inbox.event_id, $6, $7, $8, $9, $3 FROM inbox
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING id, amount, currency),
        legs AS (
            INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount)
            SELECT entry.id, entry.amount, entry.currency, leg.account_id, leg.side, leg.side * entry.amount
            FROM entry CROSS JOIN (VALUES ($10::bigint, 1::smallint), ($11::bigint, -1::smallint)) AS leg (account_id, side)
            ORDER BY leg.account_id),
        proof AS (
            INSERT INTO settlement.proofs (txid, session_id, event_id, recipient_ocid, proof_json, signature, issued_at)
            SELECT $6, $5, $1, $12, $13, $14, $3 FROM entry
            RETURNING txid),
        delivery AS (
            INSERT INTO settlement.deliveries (txid, recipient_ocid, state, attempts, max_attempts, next_attempt_at, created_at,
                requeue_count, locked_until)
            SELECT proof.txid, $12, '{DeliveryStates.Pending}', 1, $15, $3, $3, 0, $16 FROM proof)
        SELECT (SELECT count(*) FROM inbox)::int, (SELECT count(*) FROM entry)::int
        """;

    /// <summary>Applies the credit; see <see cref="CreditOutcome"/> for what was written.</summary>
    /// <param name="debit">The customer clearing account's id.</param>
    /// <param name="credit">The partner's account id.</param>
    /// <param name="deliveryLeasedUntil">The end of the first delivery attempt's lease.</param>
    public async Task<CreditOutcome> ExecuteAsync(CheckoutCredit entry, string consumer, long debit, long credit, SignedProof proof,
        int maxAttempts, DateTimeOffset deliveryLeasedUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(proof);
        await using var command = dataSource.CreateCommand(Sql)
            .With<Guid>(entry.EventId)
            .With<string>(consumer)
            .With<DateTimeOffset>(entry.PostedAt)
            .With<string>(entry.IdempotencyKey)
            .With<string>(entry.SessionId)
            .With<string>(entry.Txid)
            .With<decimal>(entry.Amount.Value)
            .With<string>(entry.Currency)
            .With<string>(entry.Memo)
            .With<long>(debit)
            .With<long>(credit)
            .With<long>(entry.PartnerOcid)
            .With<string>(proof.CanonicalJson)
            .With<string>(proof.Signature)
            .With<int>(maxAttempts)
            .With<DateTimeOffset>(deliveryLeasedUntil);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt32(0) == 0)
            return CreditOutcome.AppliedBefore;
        return reader.GetInt32(1) == 0 ? CreditOutcome.SessionCreditedBefore : CreditOutcome.Credited;
    }
}
