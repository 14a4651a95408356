using System.Text.Json;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>
/// Reads items and memo from the order JSON stored at creation, as far as the merchant's signature covers them. The
/// shape was validated then, but this stays tolerant: a line it cannot read is skipped rather than breaking the page.
/// </summary>
internal static class OrderViewParser
{
    /// <param name="signatureVariant">The canonical variant the order signature verified under (R or T).</param>
    public static OrderView Parse(string orderJson, string signatureVariant)
    {
        try
        {
            using var document = JsonDocument.Parse(orderJson);
            var order = document.RootElement;
            if (signatureVariant != nameof(CanonicalVariant.T))
                return new OrderView(Items(order), Memo(order), UnsignedItemsHidden: false);

            // Variant T signs JSON.stringify(order, sortedTopLevelKeys): nested objects keep only keys that are also
            // top-level keys, so an item's name, quantity and price are not the merchant's. Show exactly what was signed.
            using var signed = JsonDocument.Parse(CanonicalJson.Serialize(order, CanonicalVariant.T));
            var items = Items(signed.RootElement);
            return new OrderView(items, Memo(signed.RootElement), UnsignedItemsHidden: Items(order).Count > items.Count);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return new OrderView([], null, UnsignedItemsHidden: false);
        }
    }

    private static string? Memo(JsonElement order) =>
        order.TryGetProperty("memo", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;

    private static List<OrderItemView> Items(JsonElement order)
    {
        var items = new List<OrderItemView>();
        if (!order.TryGetProperty("items", out var array) || array.ValueKind != JsonValueKind.Array)
            return items;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && item.TryGetProperty("quantity", out var quantity) && quantity.ValueKind == JsonValueKind.Number
                && item.TryGetProperty("price", out var price) && price.ValueKind == JsonValueKind.String)
                items.Add(new OrderItemView(quantity.GetRawText(), name.GetString()!, price.GetString()!));
        }
        return items;
    }
}
