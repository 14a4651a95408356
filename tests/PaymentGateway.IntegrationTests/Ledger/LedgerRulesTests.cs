using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.Ledger;

/// <summary>
/// The ledger's invariants are the database's, not the application's: even SQL written by hand on a connection of
/// its own cannot unbalance an entry, overdraw a partner, edit history or fake an account's totals.
/// </summary>
public sealed class LedgerRulesTests(SettlementScenario scenario) : IClassFixture<SettlementScenario>
{
    private readonly LedgerDatabase _db = new(scenario.ConnectionString);

    private async Task<string> CreditAsync(string amount, string currency)
    {
        var completed = scenario.NewCompletion(amount: amount, currency: currency);
        await SettlementScenario.PublishAsync(scenario.Gateway, completed);
        return completed.SessionId;
    }

    [Fact]
    public async Task A_checkout_credit_is_one_entry_under_its_idempotency_key_and_moves_the_account_totals()
    {
        var session = await CreditAsync("12.340", "CHF");

        Assert.Equal("checkout", await _db.ScalarAsync<string>("SELECT kind FROM settlement.journal_entries WHERE idempotency_key = $1", "checkout:" + session));
        Assert.Equal(12.340m, await _db.BalanceAsync(scenario.MerchantGateway.Ocid, "CHF"));
        Assert.Equal(12.340m, await _db.ScalarAsync<decimal>("SELECT balance FROM settlement.account_balances WHERE code = 'partner:300:CHF'"));
        Assert.Equal(12.340m, await _db.ScalarAsync<decimal>("SELECT debits_posted FROM settlement.accounts WHERE code = 'customer_clearing:CHF'"));
        await _db.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task An_entry_with_one_leg_or_legs_that_do_not_sum_to_zero_cannot_commit()
    {
        await CreditAsync("5.00", "SEK");
        var clearing = await _db.ScalarAsync<long>("SELECT id FROM settlement.accounts WHERE code = 'customer_clearing:SEK'");

        var oneLeg = await _db.TryInTransactionAsync(
            "INSERT INTO settlement.journal_entries (idempotency_key, kind, amount, currency, memo, posted_at) VALUES ('test:one-leg', 'transfer', 1, 'SEK', '', now())",
            $"INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount) SELECT id, 1, 'SEK', {clearing}, 1, 1 FROM settlement.journal_entries WHERE idempotency_key = 'test:one-leg'");
        Assert.NotNull(oneLeg);
        Assert.Equal("journal_entry_balanced", oneLeg.ConstraintName);

        var noLeg = await _db.TryInTransactionAsync(
            "INSERT INTO settlement.journal_entries (idempotency_key, kind, amount, currency, memo, posted_at) VALUES ('test:no-leg', 'transfer', 1, 'SEK', '', now())");
        Assert.NotNull(noLeg);
        Assert.Equal("journal_entry_balanced", noLeg.ConstraintName);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM settlement.journal_entries WHERE idempotency_key LIKE 'test:%'"));
        await _db.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task A_partner_account_cannot_be_debited_below_zero_even_by_hand()
    {
        await CreditAsync("3.00", "NOK");
        var partner = await _db.ScalarAsync<long>("SELECT id FROM settlement.accounts WHERE code = 'partner:300:NOK'");
        var clearing = await _db.ScalarAsync<long>("SELECT id FROM settlement.accounts WHERE code = 'customer_clearing:NOK'");

        var error = await _db.TryInTransactionAsync($"""
            WITH e AS (INSERT INTO settlement.journal_entries (idempotency_key, kind, amount, currency, memo, posted_at)
                       VALUES ('test:overdraw', 'transfer', 3.01, 'NOK', '', now()) RETURNING id, amount)
            INSERT INTO settlement.postings (entry_id, entry_amount, currency, account_id, side, amount)
            SELECT e.id, e.amount, 'NOK', leg.account_id, leg.side, leg.side * e.amount
            FROM e CROSS JOIN (VALUES ({partner}::bigint, 1::smallint), ({clearing}::bigint, -1::smallint)) AS leg (account_id, side)
            """);

        Assert.NotNull(error);
        Assert.Equal("ck_accounts_debits_must_not_exceed_credits", error.ConstraintName);
        Assert.Equal(3.00m, await _db.BalanceAsync(scenario.MerchantGateway.Ocid, "NOK"));
        await _db.AssertTrialBalanceIsZeroAsync();
    }

    [Fact]
    public async Task Entries_and_postings_are_immutable_and_account_totals_move_only_through_postings()
    {
        await CreditAsync("7.00", "DKK");

        foreach (var statement in new[]
                 {
                     "UPDATE settlement.journal_entries SET amount = 1 WHERE currency = 'DKK'",
                     "DELETE FROM settlement.postings WHERE currency = 'DKK'",
                     "DELETE FROM settlement.journal_entries WHERE currency = 'DKK'",
                     "TRUNCATE settlement.postings CASCADE",
                     "UPDATE settlement.accounts SET credits_posted = credits_posted + 100 WHERE code = 'partner:300:DKK'",
                     "UPDATE settlement.accounts SET debits_must_not_exceed_credits = false, kind = 'settlement' WHERE code = 'partner:300:DKK'",
                 })
        {
            var error = await _db.TryInTransactionAsync(statement);
            Assert.True(error is not null, "allowed: " + statement);
            Assert.True(error.SqlState is "42501" or "23514", $"{statement}: {error.SqlState} {error.MessageText}");
        }
        Assert.Equal(7.00m, await _db.BalanceAsync(scenario.MerchantGateway.Ocid, "DKK"));
        await _db.AssertTrialBalanceIsZeroAsync();
    }
}
