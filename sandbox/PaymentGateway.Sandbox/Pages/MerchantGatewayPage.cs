using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.MerchantGateway;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Pages;

/// <summary><c>GET /mg</c>: the merchant gateway's balance at the payment gateway and its payouts to the merchant.</summary>
internal static class MerchantGatewayPage
{
    public const string Path = "/mg";
    public const string PayoutPath = "/mg/payout";

    /// <summary>The form field that carries the payout's <c>from.reference</c>, fixed when the form is rendered.</summary>
    public const string ReferenceField = "reference";

    public static string Body(SandboxParty self, long gatewayOcid, string currency, BalanceReading balance, IReadOnlyList<SentTransfer> payouts, AntiforgeryTokenSet tokens,
        string payoutReference)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(balance);
        ArgumentNullException.ThrowIfNull(tokens);
        var html = new StringBuilder();
        html.Append("<h1>Merchant gateway</h1>\n<p>").Append(Html.Encode(self.Name)).Append(", OCID ")
            .Append(self.Ocid.ToString(CultureInfo.InvariantCulture)).Append(".</p>\n")
            .Append("<h2>Balance at the payment gateway (OCID ").Append(gatewayOcid.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");

        if (balance.Balances is null)
        {
            html.Append("<div class=\"status failed\" role=\"alert\"><p>The balance could not be read: <code>")
                .Append(Html.Encode(balance.ErrorCode)).Append("</code> ").Append(Html.Encode(balance.ErrorMessage)).Append("</p></div>\n");
        }
        else if (balance.Balances.Count == 0)
        {
            html.Append("<p id=\"balance-none\">No account yet: nothing has been credited.</p>\n");
        }
        else
        {
            html.Append("<dl class=\"balances\">");
            foreach (var line in balance.Balances)
            {
                html.Append("<dt>").Append(Html.Encode(line.Currency)).Append("</dt><dd id=\"balance-").Append(Html.Encode(line.Currency)).Append("\">")
                    .Append(Html.Encode(line.Available)).Append("</dd>");
            }

            html.Append("</dl>\n");
        }

        html.Append("<form method=\"post\" action=\"").Append(PayoutPath).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(Html.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(Html.Encode(tokens.RequestToken)).Append("\">")
            // One reference per rendered form: a double click sends the same transfer twice, which the gateway answers once.
            .Append("<input type=\"hidden\" name=\"").Append(ReferenceField).Append("\" value=\"").Append(Html.Encode(payoutReference)).Append("\">")
            .Append("<p>Moves the whole ").Append(Html.Encode(currency)).Append(" balance to the merchant with <code>POST /transfer/create</code>; ")
            .Append("the payment gateway then delivers its proof to the merchant's webhook.</p>")
            .Append("<button type=\"submit\">Pay out to the merchant</button></form>\n")
            .Append(TransferTable.Sent("Payouts to the merchant", payouts));
        return html.ToString();
    }
}
