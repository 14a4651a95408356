using System.Globalization;
using System.Text;
using CsCheck;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>One generated request: the body bytes (correctly signed by the merchant unless a change broke it) and its headers.</summary>
internal sealed record FuzzCase(byte[] Body, HeaderVariation Headers, string HeaderValue, IReadOnlyList<FuzzMutation> Mutations)
{
    private static readonly string[] OddValues =
        ["", " ", "abc", "-1", "0", "99999999999999999999", "300 ", "0x12c", "1e3", "../", "%00", new string('9', 300), "\t300"];

    public static readonly Gen<(HeaderVariation, string)> HeaderGen = Gen.Select(
        Gen.Frequency((12, Gen.Const(HeaderVariation.Valid)), (6, Gen.Enum<HeaderVariation>())),
        Gen.OneOf(OddValues));

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return string.Create(CultureInfo.InvariantCulture,
            $"headers: {Headers} '{HeaderValue}'; mutations: [{string.Join("; ", Mutations)}]; body ({Body.Length} bytes): {(text.Length > 1500 ? text[..1500] + "…" : text)}");
    }
}
