using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PaymentGateway.IntegrationTests.Checkout.Fuzzing;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Transfers.Fuzzing;

/// <summary>
/// Generated transfer calls. Creates: the merchant gateway moves small valid amounts (so that many succeed and its
/// balance runs out), with references drawn from a small pool (so repeats and conflicting reuses happen), hostile
/// fields (<see cref="FuzzValues"/>) and hostile whole bodies. Webhooks: proofs from the bank, signed after their
/// changes unless the signature itself is the change (well-signed but wrong: issuers, recipients, amounts, txids
/// reused with other content), or signed by someone else, or sent by someone other than the issuer.
/// </summary>
internal static class TransferFuzzBodies
{
    private static readonly Gen<string> SmallAmount = Gen.Int[1, 500].Select(cents => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture));

    private static readonly Gen<string> Amount = Gen.Frequency((6, SmallAmount), (3, FuzzValues.Amount));

    private static readonly Gen<string> Currency = Gen.Frequency((8, Gen.Const("USD")), (2, FuzzValues.Currency));

    private static readonly Gen<string> Reference = Gen.Frequency(
        (6, Gen.Int[1, 40].Select(n => "r-" + n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Long.Select(n => "u-" + n.ToString("x", CultureInfo.InvariantCulture))),
        (2, FuzzValues.Text));

    private static readonly Gen<JsonNode?> Ocid = Gen.Frequency(
        (6, Gen.OneOf(Gen.Const<long>(301), Gen.Const<long>(500)).Select(o => (JsonNode?)JsonValue.Create(o))),
        (2, Gen.OneOf(Gen.Const<long>(300), Gen.Const<long>(200), Gen.Const<long>(999), Gen.Const<long>(100), Gen.Const<long>(501)).Select(o => (JsonNode?)JsonValue.Create(o))),
        (2, FuzzValues.Any));

    private static readonly Gen<string> Txid = Gen.Frequency(
        (4, Gen.Int[1, 30].Select(n => "bank-tx-" + n.ToString(CultureInfo.InvariantCulture))),
        (4, Gen.Long.Select(n => "bank-" + n.ToString("x", CultureInfo.InvariantCulture))),
        (1, FuzzValues.Text));

    private static readonly Gen<string> ToReference = Gen.Frequency(
        (5, Gen.OneOf("300", "301", "500")),
        (2, Gen.OneOf("0300", " 300", "300 ", "+300", "3e2", "200", "100", "999", "", "9223372036854775808", "-300")),
        (2, FuzzValues.Text));

    private static readonly string[] CreatePaths =
    [
        "from", "from.ocid", "from.reference", "to", "to.ocid", "to.reference", "amount", "currency", "memo", "order",
        "order.id", "extra", "from.extra", "to.extra",
    ];

    private static readonly string[] ProofPaths =
    [
        "proof.txid", "proof.issuer", "proof.from", "proof.from.ocid", "proof.from.reference", "proof.to", "proof.to.ocid",
        "proof.to.reference", "proof.amount", "proof.currency", "proof.timestamp", "proof.memo", "proof.extra", "proof", "extra",
    ];

    private static readonly Gen<FuzzMutation> CreateMutation = Mutation(CreatePaths);

    private static readonly Gen<FuzzMutation> ProofMutation = Gen.Frequency(
        (6, Mutation(ProofPaths)),
        (3, FuzzValues.Amount.Select(a => new FuzzMutation("proof.amount", false, JsonValue.Create(a)))),
        (2, FuzzValues.Currency.Select(c => new FuzzMutation("proof.currency", false, JsonValue.Create(c)))),
        (2, Gen.OneOf<long>(300, 999, 200, 301).Select(o => new FuzzMutation("proof.issuer", false, JsonValue.Create(o)))),
        (2, Gen.OneOf<long>(300, 999, 100, 301).Select(o => new FuzzMutation("proof.to.ocid", false, JsonValue.Create(o)))));

    /// <summary>How the whole body is spoilt, if at all: raw bytes, a cut, a duplicate field, a body beyond the size limit.</summary>
    private static readonly Gen<(string Name, Func<byte[], byte[]> Apply)> Whole = Gen.Frequency(
        (24, Gen.Const<(string, Func<byte[], byte[]>)>(("as is", body => body))),
        (2, Gen.Int[0, RawPayloads.All.Length - 1].Select<int, (string, Func<byte[], byte[]>)>(i => ($"raw payload {i}", body => RawPayloads.Splice(body, RawPayloads.All[i])))),
        (1, Gen.Double[0, 1].Select<double, (string, Func<byte[], byte[]>)>(f => ($"cut at {f:0.00}", body => body[..(int)(body.Length * f)]))),
        (2, Gen.OneOf<(string, Func<byte[], byte[]>)>(
            ("duplicate amount first", body => [.. "{\"amount\":\"1000000.00\","u8, .. body.AsSpan(1)]),
            ("duplicate amount last", body => [.. body.AsSpan(0, body.Length - 1), .. ",\"amount\":\"1000000.00\"}"u8]),
            ("duplicate proof", body => [.. "{\"proof\":{},"u8, .. body.AsSpan(1)]),
            ("over the size limit", body => [.. body.AsSpan(0, body.Length - 1), .. Encoding.ASCII.GetBytes(",\"pad\":\"" + new string('x', 70 * 1024) + "\"}")]),
            ("BOM", body => [0xEF, 0xBB, 0xBF, .. body]),
            ("empty", _ => []),
            ("null", _ => "null"u8.ToArray()),
            ("array", _ => "[]"u8.ToArray()),
            ("trailing garbage", body => [.. body, .. "garbage"u8]))));

    public static Gen<TransferFuzzRequest> Create(FuzzParties parties, string path) =>
        Gen.Select(Reference, Ocid, Amount, Currency, CreateMutation.List[0, 3], Whole, FuzzCase.HeaderGen, Gen.Bool)
            .Select((reference, to, amount, currency, mutations, whole, headers, withFromOcid) =>
            {
                var from = new JsonObject { ["reference"] = reference };
                if (withFromOcid)
                    from["ocid"] = parties.Caller.Ocid;
                var root = new JsonObject
                {
                    ["from"] = from,
                    ["to"] = new JsonObject { ["ocid"] = to?.DeepClone(), ["reference"] = "inv-" + reference.Length.ToString(CultureInfo.InvariantCulture) },
                    ["amount"] = amount,
                    ["currency"] = currency,
                    ["memo"] = "fuzz",
                };
                foreach (var mutation in mutations)
                    mutation.ApplyTo(root);
                var body = whole.Apply(Encoding.UTF8.GetBytes(root.ToJsonString()));
                return new TransferFuzzRequest(path, parties, new FuzzCase(body, headers.Item1, headers.Item2, mutations), whole.Name);
            });

    public static Gen<TransferFuzzRequest> Webhook(TransferScenario scenario, string path) =>
        Gen.Select(Txid, ToReference, Amount, Currency, ProofMutation.List[0, 3], Gen.Int[0, 9], Whole, FuzzCase.HeaderGen)
            .Select((txid, toReference, amount, currency, mutations, signing, whole, headers) =>
            {
                var proof = scenario.BankProof(toReference, amount, currency, txid);
                var root = new JsonObject { ["proof"] = proof, ["signature"] = "" };
                foreach (var mutation in mutations)
                    mutation.ApplyTo(root);
                // 0-5: the issuer signs what it sends; 6: another key signs it; 7: the bank signs something else;
                // 8: not a signature; 9: the bank signs, but the merchant gateway sends it (issuer is not the caller).
                var (signer, how) = signing switch
                {
                    6 => (scenario.OtherGateway, "signed by 301"),
                    7 => (scenario.Bank, "signature over another proof"),
                    8 => (scenario.Bank, "garbage signature"),
                    _ => (scenario.Bank, "signed by the bank"),
                };
                root["signature"] = signing switch
                {
                    7 => Sign(signer, scenario.BankProof("300", "1.00")),
                    8 => new string('c', 130),
                    _ => Sign(signer, root["proof"]),
                };
                var sender = signing == 9 ? new FuzzParties(BankParties(scenario).Merchant, scenario.MerchantGateway, scenario.Stranger) : BankParties(scenario);
                var body = whole.Apply(Encoding.UTF8.GetBytes(root.ToJsonString()));
                return new TransferFuzzRequest(path, sender, new FuzzCase(body, headers.Item1, headers.Item2, mutations),
                    $"{how}{(signing == 9 ? ", sent by 300" : "")}, {whole.Name}");
            });

    private static FuzzParties BankParties(TransferScenario scenario) => new(scenario.Merchant, scenario.Bank, scenario.Stranger);

    private static Gen<FuzzMutation> Mutation(string[] paths) => Gen.Frequency(
        (2, Gen.OneOf(paths).Select(path => new FuzzMutation(path, true, null))),
        (4, Gen.Select(Gen.OneOf(paths), FuzzValues.Any, (path, value) => new FuzzMutation(path, false, value))),
        (2, Gen.Select(Gen.OneOf(paths), FuzzValues.Text, (path, text) => new FuzzMutation(path, false, JsonValue.Create(text)))),
        (1, Gen.Select(Gen.OneOf(paths), Gen.Int[20, 400], (path, depth) => new FuzzMutation(path, false, FuzzValues.Nested(depth)))));

    private static string Sign(TestParty signer, JsonNode? proof)
    {
        if (proof is not JsonObject)
            return new string('a', 130);
        try
        {
            return ObjectSignatures.Sign(signer.Key, proof);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            return new string('b', 130); // something no issuer could sign (e.g. a number JavaScript cannot hold)
        }
    }
}
