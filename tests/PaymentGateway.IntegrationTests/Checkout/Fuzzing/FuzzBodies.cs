using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>
/// Create bodies: a valid merchant-signed order with 0 to 4 <see cref="FuzzMutation"/>s, signed after the changes (so a
/// bad field is met by the parser, not by the signature check), sometimes with raw bytes spliced in or cut short.
/// </summary>
internal static class FuzzBodies
{
    private static readonly Gen<Func<byte[], byte[]>> Whole = Gen.Frequency(
        (20, Gen.Const<Func<byte[], byte[]>>(body => body)),
        (3, Gen.Int[0, RawPayloads.All.Length - 1].Select<int, Func<byte[], byte[]>>(i => body => RawPayloads.Splice(body, RawPayloads.All[i]))),
        (1, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => body => body[..(int)(body.Length * f)])),
        (1, Gen.OneOf<Func<byte[], byte[]>>(
            body => [0xEF, 0xBB, 0xBF, .. body],
            body => [.. Encoding.UTF8.GetBytes("{\"order\":1,"), .. body.AsSpan(1)], // duplicate key
            _ => [],
            _ => "null"u8.ToArray(),
            _ => "[]"u8.ToArray(),
            _ => "\"order\""u8.ToArray(),
            body => [.. body, .. "garbage"u8])));

    public static Gen<FuzzCase> Cases(FuzzParties parties) =>
        Gen.Select(Gen.Long, FuzzMutation.Gen.List[0, 4], Whole, FuzzCase.HeaderGen).Select((id, mutations, whole, headers) =>
        {
            var order = TestOrder.Create(parties.Merchant.Ocid, [parties.Caller.Ocid], id: "fz_" + id.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            var root = new JsonObject
            {
                ["order"] = order,
                ["signature"] = "",
                ["merchantOcid"] = parties.Merchant.Ocid,
                ["urls"] = new JsonObject { ["success"] = "https://merchant.example/s", ["cancel"] = "https://merchant.example/c" },
            };
            foreach (var mutation in mutations)
                mutation.ApplyTo(root);
            if (!mutations.Any(m => m.Path == "signature"))
                root["signature"] = SignOrNot(parties, root["order"]);
            return new FuzzCase(whole(Encoding.UTF8.GetBytes(root.ToJsonString())), headers.Item1, headers.Item2, mutations);
        });

    private static string SignOrNot(FuzzParties parties, JsonNode? order)
    {
        if (order is not JsonObject)
            return new string('a', 130);
        try
        {
            return ObjectSignatures.Sign(parties.Merchant.Key, order);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            return new string('b', 130); // something no merchant could sign (e.g. a number JavaScript cannot hold)
        }
    }
}
