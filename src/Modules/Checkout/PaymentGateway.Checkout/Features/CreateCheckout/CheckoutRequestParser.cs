using System.Text.Json;
using System.Text.RegularExpressions;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Checks the shape of a /checkout/create body (docs/protocol.md, POST /checkout/create) and names every bad field at once.
/// Works on the raw JSON, never a re-serialised model, because the order signature covers what was received.
/// </summary>
internal static partial class CheckoutRequestParser
{
    private const int MaxIdLength = 200;

    public static CheckoutRequest Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            throw Invalid("The request body is not valid JSON.", new Dictionary<string, object?> { ["body"] = "must be a JSON object" });
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw Invalid("The request body must be a JSON object.", new Dictionary<string, object?> { ["body"] = "must be a JSON object" });
            return ParseRoot(root);
        }
    }

    private static CheckoutRequest ParseRoot(JsonElement root)
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
            Integer(o, "createdAt", errors, required: true, path: "order.createdAt");
            expiresAt = Integer(o, "expiresAt", errors, required: false, path: "order.expiresAt");
            String(o, "reference", errors, required: false, path: "order.reference");
            String(o, "memo", errors, required: false, path: "order.memo");
            accepts = Accepts(o, errors);
            Items(o, errors);
            if (orderOcid is not null && merchantOcid is not null && orderOcid != merchantOcid)
                errors["merchantOcid"] = "must equal order.ocid";
        }

        var (success, cancel) = Urls(root, errors);
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

    private static (string? Success, string? Cancel) Urls(JsonElement root, Dictionary<string, object?> errors)
    {
        var urls = Object(root, "urls", errors);
        if (urls is not { } u)
            return (null, null);
        // docs/protocol.md, contradiction B5: other flows spell these completed/cancelled; accept both.
        var success = Url(u, "success", errors) ?? Url(u, "completed", errors);
        var cancel = Url(u, "cancel", errors) ?? Url(u, "cancelled", errors);
        return (success, cancel);
    }

    private static string? Url(JsonElement urls, string name, Dictionary<string, object?> errors)
    {
        var value = String(urls, name, errors, required: false, path: "urls." + name);
        if (value is null)
            return null;
        if (value.Length > 2048 || !Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            errors["urls." + name] = "must be an absolute http or https URL";
            return null;
        }
        return value;
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
            String(item, "name", errors, required: true, path: path + ".name");
            var price = String(item, "price", errors, required: true, path: path + ".price");
            if (price is not null && !DecimalPattern().IsMatch(price))
                errors[path + ".price"] = "must be a decimal string";
            if (!item.TryGetProperty("quantity", out var quantity) || quantity.ValueKind != JsonValueKind.Number || !(quantity.GetDouble() > 0))
                errors[path + ".quantity"] = "must be a positive number";
        }
    }

    private static JsonElement? Object(JsonElement parent, string name, Dictionary<string, object?> errors)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
            return value;
        errors[name] = value.ValueKind == JsonValueKind.Undefined ? "is required" : "must be an object";
        return null;
    }

    private static string? String(JsonElement parent, string name, Dictionary<string, object?> errors, bool required, string? path = null)
    {
        if (!parent.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
                errors[path ?? name] = "is required";
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        errors[path ?? name] = "must be a string";
        return null;
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
