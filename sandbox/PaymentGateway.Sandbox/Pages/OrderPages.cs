using System.Text;
using PaymentGateway.Sandbox.MerchantGateway;
using PaymentGateway.Sandbox.Orders;

namespace PaymentGateway.Sandbox.Pages;

/// <summary>The merchant's order pages: checkout failure, success (paid or waiting) and cancel.</summary>
internal static class OrderPages
{
    public static string CheckoutFailed(CheckoutResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.HttpStatus is { } code ? $"HTTP {code}" : "no HTTP answer";
        return $"""
            <h1>Checkout could not start</h1>
            <div class="status failed" role="alert">
            <p>The payment gateway did not create a checkout session ({Html.Encode(status)}).</p>
            <dl><dt>Error code</dt><dd><code>{Html.Encode(result.ErrorCode)}</code></dd>
            <dt>Message</dt><dd>{Html.Encode(result.ErrorMessage)}</dd></dl>
            </div>
            <p><a href="/">Back to the shop</a></p>
            """;
    }

    public static string Success(SandboxOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var html = new StringBuilder();
        if (order.Status == OrderStatus.Paid)
        {
            html.Append("<h1>Paid</h1>\n<div class=\"status paid\" role=\"status\">")
                .Append("<p>Thank you — the payment for ").Append(Html.Encode(order.ProductName)).Append(" is confirmed by a verified proof.</p>")
                .Append("<dl><dt>Payment gateway txid</dt><dd><code>").Append(Html.Encode(order.GatewayTxid)).Append("</code></dd>")
                .Append("<dt>Merchant gateway txid</dt><dd><code>").Append(Html.Encode(order.MerchantTxid)).Append("</code></dd></dl></div>\n");
        }
        else
        {
            // The redirect alone proves nothing (docs/protocol.md, The hosted checkout): wait for the proof.
            html.Append("<h1>Waiting for payment confirmation…</h1>\n<div class=\"status\" role=\"status\" aria-live=\"polite\">")
                .Append("<p>This page refreshes every second until the payment gateway's proof for this order has been verified.</p></div>\n");
        }

        html.Append(Details(order)).Append("<p><a href=\"/\">Back to the shop</a></p>\n");
        return html.ToString();
    }

    public static string Cancelled(SandboxOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var message = order.Status == OrderStatus.Paid
            ? "You were sent to the cancel page, but this order has in fact been paid."
            : "The order was not paid.";
        return $"""
            <h1>Order not paid</h1>
            <div class="status failed" role="status"><p>{Html.Encode(message)}</p></div>
            {Details(order)}
            <p><a href="/">Back to the shop</a></p>
            """;
    }

    public static string NotFound(string id) => $"""
        <h1>Order not found</h1>
        <p>There is no order <code>{Html.Encode(id)}</code>.</p>
        <p><a href="/">Back to the shop</a></p>
        """;

    private static string Details(SandboxOrder order) => $"""
        <dl>
        <dt>Order</dt><dd><code>{Html.Encode(order.Id)}</code></dd>
        <dt>Product</dt><dd>{Html.Encode(order.ProductName)}</dd>
        <dt>Amount</dt><dd>{Html.Encode(order.Amount)} {Html.Encode(order.Currency)}</dd>
        </dl>
        """;
}
