using System.Text.Json;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// Reads <see cref="CreateTransferRequest"/> from the signed body's one JSON document, and fingerprints the body in
/// its canonical form there, while the document is at hand. The amount with its currency is parsed here, once, next
/// to its text: <see cref="CreateTransferValidator"/> words what that parse found and the handler gets the parsed money.
/// </summary>
internal sealed class CreateTransferRequestBinder : SignedJsonBinder<CreateTransferRequest>
{
    protected override CreateTransferRequest Read(JsonElement root, JsonFields fields)
    {
        // Read in the order their JSON type failures are listed.
        var from = fields.Object(root, "from", "from");
        var to = fields.Object(root, "to", "to");
        // Not ours to read, but it must be an object when given.
        fields.Object(root, "order", "order");
        var fromParty = from is { } f ? Party(f, "from", fields) : null;
        var toParty = to is { } t ? Party(t, "to", fields) : null;
        var amount = fields.String(root, "amount", "amount");
        var currency = fields.String(root, "currency", "currency");
        return new CreateTransferRequest
        {
            From = fromParty,
            To = toParty,
            Amount = amount,
            Currency = currency,
            ParsedMoney = Money.Parse(amount, currency),
            Memo = fields.String(root, "memo", "memo"),
            Fingerprint = Sha256Hex.Of(CanonicalJson.Serialize(root)),
        };
    }

    private static TransferParty Party(JsonElement party, string path, JsonFields fields) => new()
    {
        Ocid = fields.Integer(party, "ocid", path + ".ocid"),
        Reference = fields.String(party, "reference", path + ".reference"),
    };
}
