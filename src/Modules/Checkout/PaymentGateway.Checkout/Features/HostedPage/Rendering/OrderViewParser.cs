using System.Text.Json;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>
/// Reads items and memo from the order JSON stored at creation. The shape was validated then, but this stays
/// tolerant: a line it cannot read is skipped rather than breaking the customer's page.
/// </summary>
internal static class OrderViewParser
{
    public static OrderView Parse(string orderJson)
    {
        try
        {
            using var document = JsonDocument.Parse(orderJson);
            var order = document.RootElement;
            var memo = order.TryGetProperty("memo", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return new OrderView(Items(order), memo);
        }
        catch (JsonException)
        {
            return new OrderView([], null);
        }
    }

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
