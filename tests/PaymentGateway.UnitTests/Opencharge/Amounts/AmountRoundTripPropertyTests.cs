using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Proofs;

namespace PaymentGateway.UnitTests.Opencharge.Amounts;

/// <summary>
/// Whatever create accepts reaches the proof byte for byte and the ledger's number exactly, through the outbox event
/// as stored; and create accepts exactly what the written grammar says (an independent model of it).
/// </summary>
public sealed partial class AmountRoundTripPropertyTests
{
    private static readonly string[] Currencies = ["USD", "JPY", "BHD", "CLF", "EUR", "ETH", "BTC", "USDT"];

    private static readonly ProofIssuer Issuer = new(new GatewayIdentity(200, OpenchargePrivateKey.Generate(), new Uri("https://pg.example"), "/opencharge"));

    /// <summary>Near the grammar and across its edges: leading zeros, 0 to 32 digits, 0 to 22 after the point, empty parts.</summary>
    private static readonly Gen<string> Amounts =
        Gen.Select(Gen.Char["0123456789"].Array[0, 32], Gen.Bool, Gen.Char["0123456789"].Array[0, 22], Gen.Int[0, 9])
            .Select((integer, point, fraction, shape) => shape switch
            {
                0 => "0." + new string(fraction), // small amounts
                1 => "1" + new string(integer), // no leading zero
                _ => new string(integer) + (point ? "." + new string(fraction) : ""),
            });

    [Fact]
    public void Accepted_amounts_reach_event_proof_and_ledger_number_exactly() =>
        Gen.Select(Amounts, Gen.OneOf(Currencies)).Sample((text, currency) =>
        {
            var result = Money.Parse(text, currency);
            Assert.Equal(Model(text, currency), result.Money is not null);
            if (result.Money is not { } money)
                return;

            // The ledger gets Value: numerically the string, and with its scale (PostgreSQL numeric keeps it).
            Assert.Equal(text, money.Amount.Value.ToString(CultureInfo.InvariantCulture));

            // Through the outbox as stored, then into the signed proof.
            var completed = new CheckoutCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, "cs_1", "pay_1", 300, 500, "ord_1", money.Amount, money.Currency);
            var relayed = (CheckoutCompleted)IntegrationEventSerializer.Deserialize(
                IntegrationEventSerializer.TypeName(typeof(CheckoutCompleted)), IntegrationEventSerializer.Serialize(completed));
            Assert.Equal(money.Amount, relayed.Amount);
            var proof = Issuer.Issue(relayed, "pg_x", DateTimeOffset.UtcNow);
            Assert.Contains($"\"amount\":\"{text}\"", proof.CanonicalJson, StringComparison.Ordinal);
            using var parsed = JsonDocument.Parse(proof.CanonicalJson);
            Assert.Equal(text, parsed.RootElement.GetProperty("amount").GetString());
            Assert.Equal(currency, parsed.RootElement.GetProperty("currency").GetString());
        }, iter: 20_000);

    /// <summary>The README's grammar, written independently of the parser.</summary>
    private static bool Model(string text, string currency)
    {
        var match = GrammarPattern().Match(text);
        if (!match.Success || text.All(c => c is '0' or '.'))
            return false;
        var fraction = match.Groups[2].Success ? match.Groups[2].Value.Length - 1 : 0;
        var digits = text.Count(char.IsAsciiDigit);
        var minorUnits = currency switch { "USD" or "EUR" => 2, "JPY" => 0, "BHD" => 3, "CLF" => 4, _ => 18 };
        return digits <= 28 && fraction <= minorUnits;
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex GrammarPattern();
}
