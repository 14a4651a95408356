using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class CanonicalJsonStructureTests
{
    private static string R(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return CanonicalJson.Serialize(doc.RootElement, CanonicalVariant.R);
    }

    private static string T(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return CanonicalJson.Serialize(doc.RootElement, CanonicalVariant.T);
    }

    [Fact]
    public void Variant_R_sorts_keys_at_every_level_and_keeps_array_order()
    {
        const string json = """
            { "b": { "z": 1, "a": [ { "y": true, "x": null }, 3, "s" ] }, "a": [ 2, 1 ] }
            """;

        Assert.Equal("{\"a\":[2,1],\"b\":{\"a\":[{\"x\":null,\"y\":true},3,\"s\"],\"z\":1}}", R(json));
    }

    [Fact]
    public void Variant_T_applies_the_top_level_key_list_at_every_depth()
    {
        // JSON.stringify(obj, Object.keys(obj).sort()) — nested objects keep only top-level key names.
        const string json = """
            { "id": "o1", "items": [ { "name": "A", "id": "i1", "price": "1.00" }, 7 ],
              "to": { "ocid": 300, "reference": "r" }, "meta": { "id": 5, "items": { "id": 1, "x": 2 } } }
            """;

        Assert.Equal(
            "{\"id\":\"o1\",\"items\":[{\"id\":\"i1\"},7],\"meta\":{\"id\":5,\"items\":{\"id\":1}},\"to\":{}}",
            T(json));
    }

    [Fact]
    public void Variant_T_equals_R_without_nested_objects()
    {
        const string json = """{ "b": [1, 2], "a": "x", "c": { } }""";

        Assert.Equal(R(json), T(json));
    }

    [Fact]
    public void Variant_T_with_non_object_top_level_does_not_filter()
    {
        const string json = """[ { "b": 1, "a": { "d": 2, "c": 3 } } ]""";

        Assert.Equal("[{\"a\":{\"c\":3,\"d\":2},\"b\":1}]", T(json));
    }

    [Fact]
    public void Duplicate_keys_keep_the_last_value_like_JSON_parse()
    {
        Assert.Equal("{\"a\":2,\"b\":1}", R("""{ "a": 1, "b": 1, "a": 2 }"""));
    }

    [Fact]
    public void Whitespace_and_key_order_of_the_input_do_not_matter()
    {
        Assert.Equal(R("""{"a":1,"b":[1,2]}"""), R("""
            {
              "b" : [ 1 , 2 ],
              "a" : 1.0
            }
            """));
    }

    [Fact]
    public void Element_and_node_paths_agree_on_a_mixed_document()
    {
        const string json = """{"s":"\u00e9</x>","n":[1.50,-0,1e-7],"o":{"k":{"j":false}},"e":{}}""";
        using var doc = JsonDocument.Parse(json);

        foreach (var variant in new[] { CanonicalVariant.R, CanonicalVariant.T })
        {
            Assert.Equal(CanonicalJson.Serialize(doc.RootElement, variant), CanonicalJson.Serialize(JsonNode.Parse(json)!, variant));
        }
    }

    [Fact]
    public void Nodes_built_in_code_match_parsed_text()
    {
        var node = new JsonObject
        {
            ["ocid"] = 500,
            ["items"] = new JsonArray(new JsonObject { ["quantity"] = 1, ["id"] = "item_001" }),
            ["when"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };

        Assert.Equal("{\"items\":[{\"id\":\"item_001\",\"quantity\":1}],\"ocid\":500,\"when\":\"2024-01-02T03:04:05Z\"}", CanonicalJson.Serialize(node));
    }
}
