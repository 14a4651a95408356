using System.Globalization;
using System.Text;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>Items, memo, the amount to be charged (the order's amount string, never recomputed) and the time left.</summary>
internal static class OrderSummaryRenderer
{
    public static string Render(OrderView order, string amount, string currency, TimeSpan timeLeft)
    {
        var currencyText = Html.Encode(currency);
        var rows = new StringBuilder();
        foreach (var item in order.Items)
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Encode(item.Quantity)}</td><td>{Html.Encode(item.Name)}</td><td class=\"num\">{Html.Encode(item.UnitPrice)} {currencyText}</td></tr>\n");
        var items = order.Items.Count == 0 ? "" : $"""
            <table class="items">
            <caption>Order items</caption>
            <thead><tr><th scope="col">Qty</th><th scope="col">Item</th><th scope="col" class="num">Unit price</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            """;
        var memo = string.IsNullOrWhiteSpace(order.Memo) ? "" : $"""<p class="memo">{Html.Encode(order.Memo)}</p>""";
        // Said in words, so that the customer does not take a missing list for an empty order.
        var unsigned = order.UnsignedItemsHidden
            ? """<p class="memo">The list of items is not covered by the merchant's signature, so it is not shown here.</p>"""
            : "";
        var seconds = ((long)Math.Max(0, timeLeft.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return $"""
            <section class="summary" aria-labelledby="summary-heading">
            <h1 id="summary-heading">Pay <span class="amount">{Html.Encode(amount)} {currencyText}</span></h1>
            {memo}
            {items}{unsigned}
            <p class="expiry">Time left: <span id="countdown" data-seconds-left="{seconds}">{TimeLeft.Format(timeLeft)}</span></p>
            </section>
            """;
    }
}
