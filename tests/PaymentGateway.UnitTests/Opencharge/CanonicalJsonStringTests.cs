using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.UnitTests.Opencharge;

/// <summary>Expected outputs are what JavaScript JSON.stringify prints for the same string.</summary>
public sealed class CanonicalJsonStringTests
{
    public static TheoryData<string, string> Escapes => new()
    {
        { "plain", "\"plain\"" },
        { "quote\"backslash\\", "\"quote\\\"backslash\\\\\"" },
        { "\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"" },
        { "\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"" },
        { "\u000b\u001a", "\"\\u000b\\u001a\"" },
        { "\u007f", "\"\u007f\"" },
        { "</script><b>&'+/", "\"</script><b>&'+/\"" },
        { "caf\u00e9 \u20ac \u4e2d", "\"caf\u00e9 \u20ac \u4e2d\"" },
        { "\U0001F600", "\"\U0001F600\"" },
        { "\u2028\u2029", "\"\u2028\u2029\"" },
        { "", "\"\"" },
    };

    public static TheoryData<string, string> LoneSurrogates => new()
    {
        { "a\ud800b", "\"a\\ud800b\"" },
        { "\udfff", "\"\\udfff\"" },
        { "\ud83d", "\"\\ud83d\"" },
        { "\ude00\ud83d", "\"\\ude00\\ud83d\"" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    [MemberData(nameof(LoneSurrogates))]
    public void Strings_are_escaped_like_JSON_stringify(string value, string expected)
    {
        Assert.Equal(expected, CanonicalJson.Serialize(JsonValue.Create(value)));
        Assert.Equal("{\"k\":" + expected + "}", CanonicalJson.Serialize(new JsonObject { ["k"] = value }));
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Parsed_text_escaped_by_System_Text_Json_canonicalises_identically(string value, string expected)
    {
        // STJ's default writer escapes <, >, &, ', + and non-ASCII as \uXXXX; the canonical form must not depend on
        // how the sender escaped. (STJ replaces lone surrogates with U+FFFD, so they are covered separately.)
        var json = JsonSerializer.Serialize(value);
        using var doc = JsonDocument.Parse(json);

        Assert.Equal(expected, CanonicalJson.Serialize(doc.RootElement));
    }

    [Fact]
    public void Lone_surrogate_escapes_in_received_text_survive_in_values_and_keys()
    {
        using var doc = JsonDocument.Parse("{\"k\\uD800\":\"v\\udc00x\",\"\\u00e9\\/\":\"\\u2028\"}");

        Assert.Equal("{\"k\\ud800\":\"v\\udc00x\",\"\u00e9/\":\"\u2028\"}", CanonicalJson.Serialize(doc.RootElement));
    }

    [Fact]
    public void Keys_are_escaped_and_sorted_by_UTF16_code_units()
    {
        // Ordinal UTF-16 order puts "Z" before "a", "é" (U+00E9) after "z", and a surrogate pair (U+D83D…) before
        // U+FF5E even though the code point U+1F600 is larger — exactly JS Array.prototype.sort.
        var obj = new JsonObject
        {
            ["a"] = 1, ["Z"] = 2, ["\u00e9"] = 3, ["z"] = 4, ["\uff5e"] = 5, ["\U0001F600"] = 6, ["a\"b"] = 7, ["10"] = 8, ["9"] = 9,
        };

        Assert.Equal(
            "{\"10\":8,\"9\":9,\"Z\":2,\"a\":1,\"a\\\"b\":7,\"z\":4,\"\u00e9\":3,\"\U0001F600\":6,\"\uff5e\":5}",
            CanonicalJson.Serialize(obj));
    }
}
