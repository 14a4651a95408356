using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Pages;

/// <summary><c>GET /bank</c>: the settlement provider, which funds the merchant gateway's balance at the payment gateway.</summary>
internal static class BankPage
{
    public const string Path = "/bank";
    public const string FundPath = "/bank/fund";
    public const string DefaultAmount = "25.00";

    public static string Body(SandboxParty self, long beneficiary, long gatewayOcid, string currency, IReadOnlyList<SentTransfer> fundings, AntiforgeryTokenSet tokens, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(tokens);
        var html = new StringBuilder();
        html.Append("<h1>Bank</h1>\n<p>").Append(Html.Encode(self.Name)).Append(", OCID ").Append(self.Ocid.ToString(CultureInfo.InvariantCulture))
            .Append(", a settlement provider the payment gateway (OCID ").Append(gatewayOcid.ToString(CultureInfo.InvariantCulture))
            .Append(") accepts. Funding sends the gateway a signed proof of money sent for the merchant gateway (OCID ")
            .Append(beneficiary.ToString(CultureInfo.InvariantCulture)).Append(") to its <code>/transfer/webhook</code>, which credits that balance.</p>\n");
        if (error is not null)
            html.Append("<div class=\"status failed\" role=\"alert\"><p>").Append(Html.Encode(error)).Append("</p></div>\n");

        html.Append("<form method=\"post\" action=\"").Append(FundPath).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(Html.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(Html.Encode(tokens.RequestToken)).Append("\">")
            .Append("<p><label for=\"amount\">Amount (").Append(Html.Encode(currency)).Append(")</label> ")
            .Append("<input id=\"amount\" name=\"amount\" inputmode=\"decimal\" value=\"").Append(DefaultAmount).Append("\"></p>")
            .Append("<button type=\"submit\">Fund the MG</button></form>\n")
            .Append(TransferTable.Sent("Fundings sent", fundings));
        return html.ToString();
    }
}
