using System.Text.Json.Nodes;
using CsCheck;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>One change to an otherwise valid create body: remove, replace or add a field at a path.</summary>
internal sealed record FuzzMutation(string Path, bool Remove, JsonNode? Value)
{
    private static readonly string[] Paths =
    [
        "order", "signature", "merchantOcid", "urls", "urls.success", "urls.cancel", "urls.completed", "urls.cancelled",
        "order.id", "order.ocid", "order.reference", "order.amount", "order.currency", "order.items", "order.memo",
        "order.createdAt", "order.expiresAt", "order.accepts", "order.items[0].id", "order.items[0].name",
        "order.items[0].price", "order.items[0].quantity", "extra", "order.extra", "urls.extra", "order.items[0].extra",
    ];

    public static readonly Gen<FuzzMutation> Gen = CsCheck.Gen.Frequency(
        (2, CsCheck.Gen.OneOf(Paths).Select(path => new FuzzMutation(path, true, null))),
        (4, CsCheck.Gen.Select(CsCheck.Gen.OneOf(Paths), FuzzValues.Any, (path, value) => new FuzzMutation(path, false, value))),
        (4, FuzzValues.Amount.Select(a => new FuzzMutation("order.amount", false, JsonValue.Create(a)))),
        (2, FuzzValues.Currency.Select(c => new FuzzMutation("order.currency", false, JsonValue.Create(c)))),
        (2, CsCheck.Gen.Select(CsCheck.Gen.OneOf("order.id", "order.reference", "order.memo", "order.items[0].name", "order.items[0].id", "signature"), FuzzValues.Text,
            (path, text) => new FuzzMutation(path, false, JsonValue.Create(text)))),
        (2, CsCheck.Gen.Select(CsCheck.Gen.OneOf("order.createdAt", "order.expiresAt", "order.ocid", "merchantOcid", "order.items[0].quantity"), FuzzValues.Number,
            (path, number) => new FuzzMutation(path, false, number))),
        (2, CsCheck.Gen.Select(CsCheck.Gen.OneOf("urls.success", "urls.cancel", "urls.completed", "urls.cancelled"), FuzzValues.Url,
            (path, url) => new FuzzMutation(path, false, JsonValue.Create(url)))),
        (1, CsCheck.Gen.Select(CsCheck.Gen.Int[0, 3000], FuzzValues.Text, (count, name) => new FuzzMutation("order.items", false,
            new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = "i" + i, ["name"] = name.Length > 50 ? name[..50] : name, ["quantity"] = 1, ["price"] = "1.00",
            })])))),
        (1, CsCheck.Gen.Select(CsCheck.Gen.Int[0, 3000], FuzzValues.Number, (count, number) => new FuzzMutation("order.accepts", false,
            new JsonArray([.. Enumerable.Range(0, count).Select(_ => number.DeepClone())])))),
        (1, CsCheck.Gen.Select(CsCheck.Gen.OneOf(Paths), CsCheck.Gen.Int[20, 400], (path, depth) => new FuzzMutation(path, false, FuzzValues.Nested(depth)))));

    /// <summary>Applies the change; a path whose parent is missing or not an object is left alone.</summary>
    public void ApplyTo(JsonObject root)
    {
        var (parent, name) = Resolve(root, Path);
        if (parent is null)
            return;
        if (Remove)
            parent.Remove(name);
        else
            parent[name] = Value?.DeepClone();
    }

    private static (JsonObject? Parent, string Name) Resolve(JsonObject root, string path)
    {
        JsonNode? node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var index = part.IndexOf('[', StringComparison.Ordinal);
            node = index < 0 ? (node as JsonObject)?[part] : ((node as JsonObject)?[part[..index]] as JsonArray) is { Count: > 0 } array ? array[0] : null;
        }
        return (node as JsonObject, parts[^1]);
    }

    public override string ToString() => Remove ? $"remove {Path}" : $"{Path} = {Truncate(Value?.ToJsonString() ?? "null")}";

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + $"… ({text.Length} chars)" : text;
}
