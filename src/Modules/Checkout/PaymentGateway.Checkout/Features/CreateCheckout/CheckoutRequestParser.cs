using System.Text.Json;
using System.Text.RegularExpressions;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Checks the shape of a /checkout/create body (docs/protocol.md, POST /checkout/create) and names every bad field at once.
/// Works on the raw JSON, never a re-serialised model, because the order signature covers what was received.
/// </summary>
internal static partial class CheckoutRequestParser
{
    private const int MaxIdLength = 200;

    /// <summary>The last second of year 9999: the furthest a date (and so an expiry) can go.</summary>
    private const long MaxUnixSeconds = 253402300799;

    /// <param name="allowHttp">Insecure mode (development and tests): success and cancel URLs may be http.</param>
    public static CheckoutRequest Parse(ReadOnlyMemory<byte> body, bool allowHttp)
    {
        using var document = JsonRequestBody.ParseObject(body, maxDepth: 32);
        return ParseRoot(document.RootElement, allowHttp);
    }

    private static CheckoutRequest ParseRoot(JsonElement root, bool allowHttp)
    {
        var errors = new Dictionary<string, object?>();
        var order = Object(root, "order", errors);
        var signature = String(root, "signature", errors, required: true);
        if (signature is not null && !HexPattern().IsMatch(signature))
            errors["signature"] = "must be a hex signature";
        var merchantOcid = Integer(root, "merchantOcid", errors, required: true);
        if (merchantOcid is <= 0)
            errors["merchantOcid"] = "must be a positive OCID";

        string? orderId = null;
        Money? money = null;
        long? orderOcid = null, expiresAt = null;
        long[] accepts = [];
        if (order is { } o)
        {
            orderId = String(o, "id", errors, required: true, path: "order.id");
            if (orderId is { Length: 0 or > MaxIdLength })
                errors["order.id"] = $"must be 1 to {MaxIdLength} characters";
            orderOcid = Integer(o, "ocid", errors, required: true, path: "order.ocid");
            money = Money(o, errors);
            UnixSeconds(o, "createdAt", errors, required: true, path: "order.createdAt");
            expiresAt = UnixSeconds(o, "expiresAt", errors, required: false, path: "order.expiresAt");
            String(o, "reference", errors, required: false, path: "order.reference", freeText: true);
            String(o, "memo", errors, required: false, path: "order.memo", freeText: true);
            accepts = Accepts(o, errors);
            Items(o, errors);
            if (orderOcid is not null && merchantOcid is not null && orderOcid != merchantOcid)
                errors["merchantOcid"] = "must equal order.ocid";
        }

        var (success, cancel) = Urls(root, errors, allowHttp);
        if (errors.Count > 0)
            throw Invalid("The request has invalid fields: " + string.Join(", ", errors.Keys) + ".", errors);
        return new CheckoutRequest(order!.Value.Clone(), orderId!, money!, expiresAt, accepts,
            signature!, merchantOcid!.Value, success, cancel);
    }

    /// <summary>Amount and currency by the protocol's one money grammar: only what the ledger can book exactly gets in.</summary>
    private static Money? Money(JsonElement order, Dictionary<string, object?> errors)
    {
        var amount = String(order, "amount", errors, required: true, path: "order.amount");
        var currency = String(order, "currency", errors, required: true, path: "order.currency");
        var result = Opencharge.Amounts.Money.Parse(amount, currency);
        if (result.AmountError is { } amountError)
            errors["order.amount"] = amountError;
        if (result.CurrencyError is { } currencyError)
            errors["order.currency"] = currencyError;
        return result.Money;
    }

    private static (RedirectUrl? Success, RedirectUrl? Cancel) Urls(JsonElement root, Dictionary<string, object?> errors, bool allowHttp)
    {
        var urls = Object(root, "urls", errors);
        if (urls is not { } u)
            return (null, null);
        // docs/protocol.md, contradiction B5: other flows spell these completed/cancelled; accept both.
        var success = Url(u, "success", errors, allowHttp) ?? Url(u, "completed", errors, allowHttp);
        var cancel = Url(u, "cancel", errors, allowHttp) ?? Url(u, "cancelled", errors, allowHttp);
        return (success, cancel);
    }

    private static RedirectUrl? Url(JsonElement urls, string name, Dictionary<string, object?> errors, bool allowHttp)
    {
        if (!urls.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        var url = value.ValueKind == JsonValueKind.String ? RedirectUrl.Parse(value.GetString(), allowHttp) : null;
        if (url is null)
            errors["urls." + name] = (allowHttp ? "must be an absolute http or https URL" : "must be an absolute https URL")
                + $" without user info or control characters, at most {RedirectUrl.MaxLength} characters once encoded";
        return url;
    }

    private static long[] Accepts(JsonElement order, Dictionary<string, object?> errors)
    {
        if (!order.TryGetProperty("accepts", out var accepts) || accepts.ValueKind == JsonValueKind.Null)
            return [];
        if (accepts.ValueKind != JsonValueKind.Array || accepts.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.Number || !a.TryGetInt64(out _)))
        {
            errors["order.accepts"] = "must be an array of OCIDs";
            return [];
        }
        return [.. accepts.EnumerateArray().Select(a => a.GetInt64())];
    }

    private static void Items(JsonElement order, Dictionary<string, object?> errors)
    {
        if (!order.TryGetProperty("items", out var items) || items.ValueKind == JsonValueKind.Null)
            return;
        if (items.ValueKind != JsonValueKind.Array)
        {
            errors["order.items"] = "must be an array";
            return;
        }
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = $"order.items[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors[path] = "must be an object";
                continue;
            }
            String(item, "id", errors, required: true, path: path + ".id");
            String(item, "name", errors, required: true, path: path + ".name", freeText: true);
            var price = String(item, "price", errors, required: true, path: path + ".price");
            if (price is not null && !DecimalPattern().IsMatch(price))
                errors[path + ".price"] = "must be a decimal string";
            if (!item.TryGetProperty("quantity", out var quantity) || quantity.ValueKind != JsonValueKind.Number || !quantity.TryGetDouble(out var count) || !double.IsFinite(count) || !(count > 0))
                errors[path + ".quantity"] = "must be a positive finite number";
        }
    }

    private static JsonElement? Object(JsonElement parent, string name, Dictionary<string, object?> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
            return value;
        errors[name] = value.ValueKind == JsonValueKind.Undefined ? "is required" : "must be an object";
        return null;
    }

    /// <param name="freeText">Text for people (memo, item names): tabs and line breaks are fine there, other control characters are not.</param>
    private static string? String(JsonElement parent, string name, Dictionary<string, object?> errors, bool required, string? path = null,
        bool freeText = false)
    {
        if (!parent.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
                errors[path ?? name] = "is required";
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors[path ?? name] = "must be a string";
            return null;
        }
        var text = value.GetString()!;
        if (HasControlCharacter(text, freeText))
        {
            // NUL cannot be stored in PostgreSQL text, and no other control character belongs in an id or on a page.
            errors[path ?? name] = freeText ? "must not contain control characters other than tabs and line breaks" : "must not contain control characters";
            return null;
        }
        return text;
    }

    private static bool HasControlCharacter(string text, bool allowLineBreaks)
    {
        foreach (var c in text)
            if (char.IsControl(c) && !(allowLineBreaks && c is '\t' or '\n' or '\r'))
                return true;
        return false;
    }

    private static long? UnixSeconds(JsonElement parent, string name, Dictionary<string, object?> errors, bool required, string path)
    {
        var seconds = Integer(parent, name, errors, required, path);
        if (seconds is < 0 or > MaxUnixSeconds)
        {
            errors[path] = $"must be Unix seconds from 0 to {MaxUnixSeconds} (the end of year 9999)";
            return null;
        }
        return seconds;
    }

    private static long? Integer(JsonElement parent, string name, Dictionary<string, object?> errors, bool required, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
                errors[path ?? name] = "is required";
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            return number;
        errors[path ?? name] = "must be an integer";
        return null;
    }

    private static OpenchargeException Invalid(string message, IReadOnlyDictionary<string, object?> details) =>
        new(400, ErrorCodes.InvalidRequest, message, details);

    [GeneratedRegex("^(0|[1-9][0-9]*)(\\.[0-9]+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex("^(0x)?[0-9a-fA-F]{128,200}$")]
    private static partial Regex HexPattern();
}
