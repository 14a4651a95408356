using System.Text.Json;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// Reads <see cref="CreateCheckoutRequest"/> from the signed body's one JSON document; the order object itself is kept
/// as received (<see cref="CreateCheckoutRequest.SignedOrder"/>), never a re-serialised model, because the merchant's
/// signature covers what was sent. The amount with its currency and each return URL are parsed here, once, next to
/// their text: <see cref="CreateCheckoutValidator"/> words what those parses found (in its order of fields) and the
/// handler gets the parsed values.
/// </summary>
/// <param name="gateway">Its insecure mode lets return URLs be http (development and tests).</param>
internal sealed class CreateCheckoutRequestBinder(IOptions<GatewayOptions> gateway) : SignedJsonBinder<CreateCheckoutRequest>
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
            Urls = urls is { } u ? ReadUrls(u, fields) : null,
            // The received order itself, readable while the request lasts (SignedJsonBinder), not a copy of it.
            SignedOrder = order ?? default,
        };
    }

    private static CheckoutOrder ReadOrder(JsonElement order, JsonFields fields)
    {
        var read = new CheckoutOrder
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
        // Every field is read first, in the order its JSON type failures are listed; then amount and currency are parsed together.
        return read with { ParsedMoney = Money.Parse(read.Amount, read.Currency) };
    }

    private CheckoutUrls ReadUrls(JsonElement urls, JsonFields fields)
    {
        var success = fields.String(urls, "success", "urls.success");
        var cancel = fields.String(urls, "cancel", "urls.cancel");
        var completed = fields.String(urls, "completed", "urls.completed");
        var cancelled = fields.String(urls, "cancelled", "urls.cancelled");
        return new CheckoutUrls
        {
            Success = success,
            Cancel = cancel,
            Completed = completed,
            Cancelled = cancelled,
            ParsedSuccess = ParseUrl(success),
            ParsedCancel = ParseUrl(cancel),
            ParsedCompleted = ParseUrl(completed),
            ParsedCancelled = ParseUrl(cancelled),
        };
    }

    private RedirectUrl? ParseUrl(string? url) => RedirectUrl.Parse(url, gateway.Value.AllowInsecureMetadata);

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
