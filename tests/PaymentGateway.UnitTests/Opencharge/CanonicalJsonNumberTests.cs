using System.Globalization;
using System.Text.Json;
using CsCheck;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.UnitTests.Opencharge;

/// <summary>Expected outputs are JavaScript's <c>JSON.stringify(JSON.parse(literal))</c>.</summary>
public sealed class CanonicalJsonNumberTests
{
    public static TheoryData<string, string> Literals => new()
    {
        { "0", "0" },
        { "-0", "0" },
        { "-0.0", "0" },
        { "1", "1" },
        { "1.0", "1" },
        { "2.50", "2.5" },
        { "-7", "-7" },
        { "0.1", "0.1" },
        { "123.456", "123.456" },
        { "1e21", "1e+21" },
        { "1E21", "1e+21" },
        { "1e20", "100000000000000000000" },
        { "123456789012", "123456789012" },
        { "999999999999999", "999999999999999" },
        { "-999999999999999", "-999999999999999" },
        { "1000000000000000", "1000000000000000" },
        { "1706313600", "1706313600" },
        { "1e-7", "1e-7" },
        { "0.000001", "0.000001" },
        { "0.0000012345", "0.0000012345" },
        { "1.5e-7", "1.5e-7" },
        { "123e-20", "1.23e-18" },
        { "5e-324", "5e-324" },
        { "1.7976931348623157e308", "1.7976931348623157e+308" },
        { "-1.7976931348623157e308", "-1.7976931348623157e+308" },
        { "1e400", "null" },
        { "9007199254740993", "9007199254740992" },
        { "12345678901234567890", "12345678901234567000" },
        { "123456789012345678901234567890", "1.2345678901234568e+29" },
        { "0.30000000000000004", "0.30000000000000004" },
        { "100.0e-2", "1" },
        { "1.23456789e+25", "1.23456789e+25" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Numbers_are_formatted_like_ECMAScript_Number_toString(string literal, string expected)
    {
        using var doc = JsonDocument.Parse("[" + literal + "]");

        Assert.Equal("[" + expected + "]", CanonicalJson.Serialize(doc.RootElement));
        Assert.Equal("[" + expected + "]", CanonicalJson.Serialize(JsonNode.Parse("[" + literal + "]")!));
    }

    [Fact]
    public void CLR_numbers_in_nodes_are_formatted_the_same_way()
    {
        var obj = new JsonObject
        {
            ["int"] = 500,
            ["long"] = 1706313600L,
            ["double"] = 1.0,
            ["tenth"] = 0.1,
            ["decimal"] = 99.990m,
            ["float"] = 0.5f,
            ["nan"] = double.NaN,
            ["inf"] = double.PositiveInfinity,
            ["negzero"] = -0.0,
            ["big"] = 1e21,
            ["bool"] = true,
            ["null"] = null,
        };

        Assert.Equal(
            "{\"big\":1e+21,\"bool\":true,\"decimal\":99.99,\"double\":1,\"float\":0.5,\"inf\":null,\"int\":500,\"long\":1706313600,\"nan\":null,\"negzero\":0,\"null\":null,\"tenth\":0.1}",
            CanonicalJson.Serialize(obj));
    }

    /// <summary>
    /// Integer literals short enough to be exact doubles are written back as they are; every integer literal, short
    /// or long, reads as the double route (parse, then ECMAScript Number::toString) writes it.
    /// </summary>
    [Fact]
    public void Integer_literals_read_as_their_double_would() =>
        Gen.OneOf(Gen.Long, Gen.Long[-999_999_999_999_999, 999_999_999_999_999], Gen.Int[-1000, 1000].Select(i => (long)i))
            .Select(Gen.Bool, (value, minusZero) => value == 0 && minusZero ? "-0" : value.ToString(CultureInfo.InvariantCulture))
            .Sample(literal => Assert.Equal(
                JsNumberFormatter.Format(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture)),
                JsNumberFormatter.FormatLiteral(literal)));
}
