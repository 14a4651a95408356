using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// Finds every property name and string value of a request that is not Unicode text: invalid UTF-8 bytes, or an
/// escape of a lone UTF-16 surrogate (<c>"\ud800"</c>). The JSON reader lets both through, but they cannot be read as
/// a string, stored in PostgreSQL or compared, so the request is refused before any field is looked at. Property
/// names must not hold control characters either (no field of ours has one, and no legitimate order does), and must
/// not repeat within an object: which of two "amount"s counts differs between JSON libraries, and a JavaScript signer
/// cannot produce a repeated name, so an order with one was not signed as it reads here.
/// </summary>
public static class JsonTextCheck
{
    public const string Problem = "must be valid Unicode text (UTF-8, no lone surrogate escapes)";

    public const string NameProblem = "has a property name that is not valid Unicode text or holds a control character";

    public const string DuplicateProblem = "has a property name more than once";

    /// <summary>The path of each bad name (named by the object holding it) or value, as the parser names fields.</summary>
    public static Dictionary<string, object?> Find(JsonElement root)
    {
        var walk = new JsonTextWalk();
        walk.Visit(root);
        return walk.Errors;
    }

    internal static string? ReadableName(JsonProperty property)
    {
        try
        {
            var name = property.Name;
            foreach (var c in name)
                if (char.IsControl(c))
                    return null;
            return name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    internal static bool IsReadable(JsonElement value)
    {
        // Without an escape the value is its own bytes, readable exactly when they are UTF-8: checked in place, with no
        // string made of every value of every request. Only an escape (a lone surrogate) needs the value decoded.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (!raw.Contains((byte)'\\'))
            return Utf8.IsValid(raw);
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
