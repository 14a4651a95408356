using System.Text.Json.Nodes;
using CsCheck;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>Hostile field values: amounts, currencies, strings, numbers, URLs, any JSON value, deep nesting.</summary>
internal static class FuzzValues
{
    /// <summary>Replaced after serialisation by raw bytes that no JsonNode can hold (see <see cref="RawPayloads"/>).</summary>
    public const string RawToken = "FUZZRAWTOKEN";

    public static readonly Gen<string> Amount = Gen.Frequency(
        (3, Gen.Select(Gen.Char["0123456789"].Array[1, 32], Gen.Char["0123456789"].Array[0, 24], Gen.Bool)
            .Select((integer, fraction, point) => new string(integer) + (point ? "." + new string(fraction) : ""))),
        (2, Gen.OneOf("99.99", "1.5", "1.50", "100", "0.001", "0.000000000000000001", "9999999999999999999999999999")),
        (3, Gen.OneOf("0", "0.00", "-1", "+1", "1e3", "1E-7", "NaN", "Infinity", "1,5", " 1", "1 ", "1.", ".5", "", "01",
            "0x10", "\u0663", "\uFF11", "1.005", "100.5", "79228162514264337593543950336", "79228162514264337593543950335",
            "1.0000000000000000000000000001", "0.0000000000000000001", new string('9', 1000), "1\u00002", RawToken)));

    public static readonly Gen<string> Currency = Gen.Frequency(
        (3, Gen.OneOf("USD", "EUR", "JPY", "BHD", "CLF", "ETH", "BTC", "USDT", "XAU")),
        (1, Gen.OneOf("usd", "US", "ABCDEFGHIJK", "", "U\u0000D", "\u20ACUR", "US D", "USD\n", RawToken)),
        (1, Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[0, 14].Select(c => new string(c))));

    /// <summary>Printable, control, non-Latin, right-to-left, zero-width and very long strings (never a lone surrogate).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.Char['a', 'z'].Array[0, 20].Select(c => new string(c))),
        (2, Gen.Char['\u0000', '\u001F'].Array[1, 8].Select(c => "x" + new string(c) + "y")),
        (2, Gen.OneOf(Gen.Char['\u0080', '\u02FF'], Gen.Char['\u3000', '\u9FFF'], Gen.Char['\uE000', '\uFFFD']).Array[1, 12].Select(c => new string(c))),
        (2, Gen.OneOf("\u202Eevil", "a\u200Bb", "\uFEFF", "\u0000", "\uD83D\uDE00", "<script>alert(1)</script>", "' OR 1=1 --", "\\", "\"", "%00", "../../etc/passwd", RawToken)),
        (1, Gen.Int[1000, 70_000].Select(n => new string('x', n))));

    /// <summary>JSON numbers as text, including ones no .NET numeric type holds.</summary>
    public static readonly Gen<JsonNode> Number = Gen.Frequency(
        (2, Gen.Long.Select(n => (JsonNode)JsonValue.Create(n))),
        (2, Gen.OneOf("0", "-0", "1.5", "-1", "1e308", "-1e308", "1e400", "1e-400", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "253402300800", "-62135596801", "99999999999999999999", "4.9e-324", "1" + new string('0', 400), "1E2", "0.1e1")
            .Select(text => JsonNode.Parse(text)!)),
        (1, Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode)JsonValue.Create(d) : JsonValue.Create(0))));

    public static readonly Gen<string> Url = Gen.OneOf(
        "https://merchant.example/ok", "javascript:alert(1)", "http://", "https://a b", "//evil.example", "http://[::1", "http://[::1]/x",
        "http://exa mple.com", "http://\u4F8B\u3048.jp/\u30D1\u30B9", "https://x.example/" + new string('a', 3000), "file:///etc/passwd",
        "http://127.0.0.1:99999/", "HTTP://EXAMPLE.COM", "https://user:pass@host.example/", "mailto:x@y.example", "", " https://x.example",
        "https://x.example/\u0000", "https://x.example/\r\nSet-Cookie: a=b", "data:text/html,<script>alert(1)</script>", RawToken);

    /// <summary>Any JSON value: a type swap for whatever field it replaces.</summary>
    public static readonly Gen<JsonNode?> Any = Gen.Frequency(
        (2, Text.Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Number.Select(n => (JsonNode?)n)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const((JsonNode?)null)),
        (1, Gen.Const(() => (JsonNode?)new JsonObject())),
        (1, Gen.Const(() => (JsonNode?)new JsonArray())),
        (1, Gen.Int[1, 200].Select(Nested)));

    public static JsonNode? Nested(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        return node;
    }
}
