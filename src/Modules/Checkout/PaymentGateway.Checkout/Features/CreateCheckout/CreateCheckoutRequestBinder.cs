using System.Text.Json;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Reads <see cref="CreateCheckoutRequest"/> from the signed body's one JSON document; the order object itself is kept
/// as received (<see cref="CreateCheckoutRequest.SignedOrder"/>), never a re-serialised model, because the merchant's
/// signature covers what was sent.
/// </summary>
internal sealed class CreateCheckoutRequestBinder : SignedJsonBinder<CreateCheckoutRequest>
{
    protected override int MaxDepth => 32;

    protected override CreateCheckoutRequest Read(JsonElement root, JsonFields fields)
    {
        var order = fields.Object(root, "order", "order");
        var urls = fields.Object(root, "urls", "urls");
        return new CreateCheckoutRequest
        {
            Order = order is { } o ? ReadOrder(o, fields) : null,
            Signature = fields.String(root, "signature", "signature"),
            MerchantOcid = fields.Integer(root, "merchantOcid", "merchantOcid"),
            Urls = urls is { } u
                ? new CheckoutUrls
                {
                    Success = fields.String(u, "success", "urls.success"),
                    Cancel = fields.String(u, "cancel", "urls.cancel"),
                    Completed = fields.String(u, "completed", "urls.completed"),
                    Cancelled = fields.String(u, "cancelled", "urls.cancelled"),
                }
                : null,
            // The received order itself, readable while the request lasts (SignedJsonBinder), not a copy of it.
            SignedOrder = order ?? default,
        };
    }

    private static CheckoutOrder ReadOrder(JsonElement order, JsonFields fields) => new()
    {
        Id = fields.String(order, "id", "order.id"),
        Ocid = fields.Integer(order, "ocid", "order.ocid"),
        Amount = fields.String(order, "amount", "order.amount"),
        Currency = fields.String(order, "currency", "order.currency"),
        CreatedAt = fields.Integer(order, "createdAt", "order.createdAt"),
        ExpiresAt = fields.Integer(order, "expiresAt", "order.expiresAt"),
        Accepts = fields.Ocids(order, "accepts", "order.accepts"),
        Reference = fields.String(order, "reference", "order.reference"),
        Memo = fields.String(order, "memo", "order.memo"),
        Items = fields.Array(order, "items", "order.items") is { } items ? ReadItems(items, fields) : null,
    };

    private static List<CheckoutOrderItem?> ReadItems(JsonElement items, JsonFields fields)
    {
        var read = new List<CheckoutOrderItem?>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            var path = $"order.items[{read.Count}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                fields.Fail(path, "must be an object");
                read.Add(null);
                continue;
            }
            read.Add(new CheckoutOrderItem
            {
                Id = fields.String(item, "id", path + ".id"),
                Name = fields.String(item, "name", path + ".name"),
                Quantity = fields.Number(item, "quantity", path + ".quantity"),
                Price = fields.String(item, "price", path + ".price"),
            });
        }
        return read;
    }
}
