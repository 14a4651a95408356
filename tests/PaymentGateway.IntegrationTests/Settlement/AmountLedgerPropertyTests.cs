using System.Text.Json;
using CsCheck;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.IntegrationTests.Settlement;

/// <summary>
/// Property: any amount the grammar accepts goes through the real credit handler into PostgreSQL as exactly that
/// number, written the same way, and into the delivered proof byte for byte.
/// </summary>
public sealed class AmountLedgerPropertyTests(SettlementScenario scenario) : IClassFixture<SettlementScenario>
{
    /// <summary>1 to 28 digits, 0 to 18 of them after the point, no leading zero but a lone one: the whole grammar.</summary>
    private static readonly Gen<(string Amount, string Currency)> Amounts =
        from fraction in Gen.Int[0, OpenchargeAmount.MaxFractionDigits]
        from integer in Gen.Int[1, OpenchargeAmount.MaxDigits - fraction]
        from first in Gen.Char["123456789"]
        from rest in Gen.Char["0123456789"].Array[integer - 1]
        from small in Gen.Bool
        from decimals in Gen.Char["0123456789"].Array[fraction]
        from last in Gen.Char["123456789"]
        let integerPart = small && fraction > 0 ? "0" : first + new string(rest)
        let fractionPart = fraction == 0 ? "" : "." + new string(decimals, 0, fraction - 1) + last
        select (integerPart + fractionPart, "TOK");

    [Fact]
    public async Task Any_accepted_amount_is_booked_as_exactly_the_number_the_proof_states() =>
        await Amounts.SampleAsync(async (amount, currency) =>
        {
            Assert.True(Money.Parse(amount, currency).Money is not null, amount);
            var completed = scenario.NewCompletion(amount, currency);

            await SettlementScenario.PublishAsync(scenario.Gateway, completed);

            var proof = JsonDocument.Parse(Assert.Single(scenario.WebhooksFor(completed)).Body).RootElement.GetProperty("proof");
            Assert.Equal(amount, proof.GetProperty("amount").GetString());
            Assert.Equal(amount, await Database.ScalarAsync<string>(scenario.ConnectionString,
                "SELECT amount::text FROM settlement.journal_entries WHERE session_id = $1 AND amount = $2::numeric", completed.SessionId, amount));
        }, iter: 100, threads: 1);
}
