using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Opencharge;

/// <summary>
/// One canonical serialisation pass. Variant R sorts keys at every depth; variant T reproduces
/// <c>JSON.stringify(obj, Object.keys(obj).sort())</c>, whose array replacer is a property allow-list applied at
/// EVERY depth, so nested objects keep only keys that also occur at the top level. Because the allow-list is itself
/// ordinally sorted, "allow-list order" equals ordinal order of the surviving keys, and both variants share one sort.
/// </summary>
internal sealed class CanonicalJsonWriter
{
    private readonly StringBuilder _sb;
    private readonly CanonicalVariant _variant;
    private HashSet<string>? _allowList;

    // Made once per pass rather than once per object written.
    private readonly Action<JsonElement, int> _writeElement;
    private readonly Action<JsonNode?, int> _writeNode;

    private CanonicalJsonWriter(CanonicalVariant variant, int capacity = 16)
    {
        _sb = new StringBuilder(capacity);
        _variant = variant;
        _writeElement = WriteElement;
        _writeNode = WriteNode;
    }

    public static string Write(JsonElement element, CanonicalVariant variant)
    {
        // About as long as the text received (less any whitespace): one buffer instead of a chain of small ones.
        var writer = new CanonicalJsonWriter(variant, element.ValueKind == JsonValueKind.Undefined ? 16 : JsonMarshal.GetRawUtf8Value(element).Length + 16);
        writer.WriteElement(element, depth: 0);
        return writer._sb.ToString();
    }

    public static string Write(JsonNode? node, CanonicalVariant variant)
    {
        var writer = new CanonicalJsonWriter(variant);
        writer.WriteNode(node, depth: 0);
        return writer._sb.ToString();
    }

    private void WriteElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // Duplicate keys: JSON.parse keeps the last value, so later occurrences overwrite earlier ones.
                var members = new Dictionary<string, JsonElement>(element.GetPropertyCount(), StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    members[JsonStringDecoder.GetName(property)] = property.Value;
                }

                WriteObject(members, depth, _writeElement);
                break;
            case JsonValueKind.Array:
                _sb.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        _sb.Append(',');
                    }

                    first = false;
                    WriteElement(item, depth + 1);
                }

                _sb.Append(']');
                break;
            case JsonValueKind.String:
                JsStringEscaper.AppendQuoted(_sb, JsonStringDecoder.GetString(element));
                break;
            case JsonValueKind.Number:
                _sb.Append(JsNumberFormatter.FormatLiteral(element.GetRawText()));
                break;
            case JsonValueKind.True:
                _sb.Append("true");
                break;
            case JsonValueKind.False:
                _sb.Append("false");
                break;
            case JsonValueKind.Null:
                _sb.Append("null");
                break;
            default:
                throw new ArgumentException("An undefined JsonElement cannot be canonicalised.", nameof(element));
        }
    }

    private void WriteNode(JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                _sb.Append("null");
                break;
            case JsonObject obj:
                var members = new Dictionary<string, JsonNode?>(obj.Count, StringComparer.Ordinal);
                foreach (var (name, value) in obj)
                {
                    members[name] = value;
                }

                WriteObject(members, depth, _writeNode);
                break;
            case JsonArray array:
                _sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(',');
                    }

                    WriteNode(array[i], depth + 1);
                }

                _sb.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, depth);
                break;
            default:
                throw new ArgumentException($"Unsupported JsonNode type {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteValue(JsonValue value, int depth)
    {
        // Values parsed from text are backed by a JsonElement: reuse the element path (raw number literal kept).
        if (value.TryGetValue<JsonElement>(out var element))
        {
            WriteElement(element, depth);
            return;
        }

        if (value.TryGetValue<string>(out var text))
        {
            // Direct CLR strings may hold lone surrogates; they are escaped, never replaced.
            JsStringEscaper.AppendQuoted(_sb, text);
            return;
        }

        // NaN and ±Infinity cannot be written as JSON text; JS writes them as null.
        if (value.TryGetValue<double>(out var d))
        {
            _sb.Append(JsNumberFormatter.Format(d));
            return;
        }

        if (value.TryGetValue<float>(out var f))
        {
            _sb.Append(double.IsFinite(f) ? JsNumberFormatter.FormatLiteral(value.ToJsonString()) : "null");
            return;
        }

        // Anything else (ints, decimals, bools, dates, wrapped CLR objects): serialise it with System.Text.Json and
        // canonicalise that JSON, which is what a JS peer would receive.
        using var document = JsonDocument.Parse(value.ToJsonString());
        WriteElement(document.RootElement, depth);
    }

    private void WriteObject<T>(Dictionary<string, T> members, int depth, Action<T, int> writeValue)
    {
        if (_variant == CanonicalVariant.T && depth == 0)
        {
            // Object.keys(obj).sort() of the top-level object becomes the allow-list for the whole tree.
            _allowList = new HashSet<string>(members.Keys, StringComparer.Ordinal);
        }

        var keys = new List<string>(members.Count);
        foreach (var key in members.Keys)
        {
            if (_allowList is null || _allowList.Contains(key))
            {
                keys.Add(key);
            }
        }

        // JS Array.prototype.sort compares UTF-16 code units: ordinal comparison, not culture-aware.
        keys.Sort(string.CompareOrdinal);

        _sb.Append('{');
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            JsStringEscaper.AppendQuoted(_sb, keys[i]);
            _sb.Append(':');
            writeValue(members[keys[i]], depth + 1);
        }

        _sb.Append('}');
    }
}
