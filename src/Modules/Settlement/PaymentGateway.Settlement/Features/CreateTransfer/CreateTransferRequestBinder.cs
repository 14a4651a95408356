using System.Text.Json;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// Reads <see cref="CreateTransferRequest"/> from the signed body's one JSON document, and fingerprints the body in
/// its canonical form there, while the document is at hand.
/// </summary>
internal sealed class CreateTransferRequestBinder : SignedJsonBinder<CreateTransferRequest>
{
    protected override CreateTransferRequest Read(JsonElement root, JsonFields fields)
    {
        var from = fields.Object(root, "from", "from");
        var to = fields.Object(root, "to", "to");
        // Not ours to read, but it must be an object when given.
        fields.Object(root, "order", "order");
        return new CreateTransferRequest
        {
            From = from is { } f ? Party(f, "from", fields) : null,
            To = to is { } t ? Party(t, "to", fields) : null,
            Amount = fields.String(root, "amount", "amount"),
            Currency = fields.String(root, "currency", "currency"),
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
