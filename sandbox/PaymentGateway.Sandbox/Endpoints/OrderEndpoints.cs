using System.Text.Json.Nodes;
using PaymentGateway.Sandbox.Orders;
using PaymentGateway.Sandbox.Pages;

namespace PaymentGateway.Sandbox.Endpoints;

/// <summary>Where the payment gateway sends the customer back, plus a JSON status for scripts and tests.</summary>
internal static class OrderEndpoints
{
    public static void MapOrders(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}/success", (string id, OrderStore orders, PageRenderer pages) =>
            orders.Find(id) is { } order
                ? pages.Page(order.Status == OrderStatus.Paid ? "Paid" : "Waiting for payment confirmation", OrderPages.Success(order), refreshSeconds: order.Status == OrderStatus.Paid ? null : 1)
                : pages.Page("Order not found", OrderPages.NotFound(id), StatusCodes.Status404NotFound));

        app.MapGet("/orders/{id}/cancel", (string id, OrderStore orders, PageRenderer pages) =>
            orders.Find(id) is { } order
                ? pages.Page("Order not paid", OrderPages.Cancelled(order))
                : pages.Page("Order not found", OrderPages.NotFound(id), StatusCodes.Status404NotFound));

        app.MapGet("/orders/{id}.json", (string id, OrderStore orders) =>
        {
            if (orders.Find(id) is not { } order)
                return Results.NotFound(new { error = new { code = "ORDER_NOT_FOUND", message = "No such order." } });

            var paid = order.Status == OrderStatus.Paid;
            var body = new JsonObject { ["id"] = order.Id, ["status"] = paid ? "paid" : "pending", ["amount"] = order.Amount, ["currency"] = order.Currency };
            if (paid)
            {
                // txid = the payment gateway's proof; the merchant gateway's own proof id is reported beside it.
                body["txid"] = order.GatewayTxid;
                body["merchantTxid"] = order.MerchantTxid;
            }

            return Results.Json(body);
        });
    }
}
