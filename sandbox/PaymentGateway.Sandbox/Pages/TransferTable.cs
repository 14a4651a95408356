using System.Globalization;
using System.Text;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Pages;

/// <summary>Tables of transfers sent and proofs received, every value HTML-encoded.</summary>
internal static class TransferTable
{
    public static string Sent(string caption, IReadOnlyList<SentTransfer> transfers)
    {
        if (transfers.Count == 0)
            return $"<p>{Html.Encode(caption)}: none yet.</p>\n";

        var html = new StringBuilder();
        html.Append("<table><caption>").Append(Html.Encode(caption)).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Sent (UTC)</th><th scope=\"col\">Amount</th><th scope=\"col\">To OCID</th>")
            .Append("<th scope=\"col\">Reference</th><th scope=\"col\">Outcome</th><th scope=\"col\">Txid</th></tr></thead>\n<tbody>\n");
        foreach (var transfer in transfers)
        {
            html.Append("<tr><td>").Append(Time(transfer.SentAt)).Append("</td>")
                .Append("<td>").Append(Html.Encode(transfer.Amount)).Append(' ').Append(Html.Encode(transfer.Currency)).Append("</td>")
                .Append("<td>").Append(transfer.ToOcid.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td><code>").Append(Html.Encode(transfer.Reference)).Append("</code></td>")
                .Append("<td>").Append(Html.Encode(transfer.Outcome));
            if (transfer.Message is not null)
                html.Append(": ").Append(Html.Encode(transfer.Message));
            html.Append("</td><td><code>").Append(Html.Encode(transfer.Txid)).Append("</code></td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    public static string Received(IReadOnlyList<ReceivedProof> proofs)
    {
        const string caption = "Verified proofs received";
        if (proofs.Count == 0)
            return $"<p>{caption}: none yet.</p>\n";

        var html = new StringBuilder();
        html.Append("<table class=\"proofs\"><caption>").Append(caption).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Txid</th><th scope=\"col\">Issuer</th><th scope=\"col\">From</th>")
            .Append("<th scope=\"col\">Amount</th><th scope=\"col\">Memo</th><th scope=\"col\">Proof time (UTC)</th></tr></thead>\n<tbody>\n");
        foreach (var proof in proofs)
        {
            html.Append("<tr><td><code>").Append(Html.Encode(proof.Txid)).Append("</code></td>")
                .Append("<td>").Append(proof.Issuer.ToString(CultureInfo.InvariantCulture)).Append("</td>")
                .Append("<td>").Append(proof.FromOcid?.ToString(CultureInfo.InvariantCulture) ?? "?")
                .Append(" <code>").Append(Html.Encode(proof.FromReference)).Append("</code></td>")
                .Append("<td>").Append(Html.Encode(proof.Amount)).Append(' ').Append(Html.Encode(proof.Currency)).Append("</td>")
                .Append("<td>").Append(Html.Encode(proof.Memo)).Append("</td>")
                .Append("<td>").Append(Time(proof.Timestamp)).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Time(long unixSeconds) =>
        unixSeconds is >= 0 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : unixSeconds.ToString(CultureInfo.InvariantCulture);
}
