using System.Globalization;
using System.Text;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Transfers;

namespace PaymentGateway.Sandbox.Pages;

/// <summary><c>GET /merchant</c>: the proofs the merchant received on its webhook and verified, such as payouts.</summary>
internal static class MerchantPage
{
    public const string Path = "/merchant";

    public static string Body(SandboxParty self, IReadOnlyList<ReceivedProof> proofs)
    {
        ArgumentNullException.ThrowIfNull(self);
        return new StringBuilder()
            .Append("<h1>Merchant</h1>\n<p>").Append(Html.Encode(self.Name)).Append(", OCID ").Append(self.Ocid.ToString(CultureInfo.InvariantCulture))
            .Append(". Proofs delivered to its <code>/transfer/webhook</code>, each verified with its issuer's published key before it is listed.</p>\n")
            .Append(TransferTable.Received(proofs))
            .ToString();
    }
}
