using System.Text.Json;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Requests;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>
/// Parses a /transfer/create body once, at the edge, naming every bad field. It reads the verified request bytes,
/// not a bound DTO: the amount must stay the exact string received (a DTO would accept or reformat a JSON number),
/// and a malformed body must get the Opencharge error envelope.
/// </summary>
internal static class TransferRequestParser
{
    private const int MaxReferenceLength = 200;
    private const int MaxMemoLength = 300;

    public static TransferRequest Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonRequestBody.ParseObject(body, maxDepth: 16);
        return ParseRoot(document.RootElement);
    }

    private static TransferRequest ParseRoot(JsonElement root)
    {
        var errors = new Dictionary<string, object?>();
        var reader = new JsonFields(errors);
        long? fromOcid = null, toOcid = null;
        string? reference = null, toReference = null;
        if (reader.Object(root, "from", required: true) is { } from)
        {
            fromOcid = reader.Integer(from, "ocid", "from.ocid", required: false);
            reference = reader.String(from, "reference", "from.reference", required: true, MaxReferenceLength);
        }
        if (reader.Object(root, "to", required: true) is { } to)
        {
            toOcid = reader.Integer(to, "ocid", "to.ocid", required: true);
            toReference = reader.String(to, "reference", "to.reference", required: false, MaxReferenceLength);
        }
        // The gateway's one amount grammar, the same as checkout orders' (ISO 4217 minor units included).
        var money = Money.Parse(reader.String(root, "amount", "amount", required: true, 64), reader.String(root, "currency", "currency", required: true, 64));
        if (money.AmountError is not null)
            errors["amount"] = money.AmountError;
        if (money.CurrencyError is not null)
            errors["currency"] = money.CurrencyError;
        var memo = reader.String(root, "memo", "memo", required: false, MaxMemoLength);
        reader.Object(root, "order", required: false);

        if (errors.Count > 0)
            throw Invalid("The request has invalid fields: " + string.Join(", ", errors.Keys) + ".", errors);
        return new TransferRequest(fromOcid, reference!, toOcid!.Value, toReference, money.Money!, memo,
            Sha256Hex.Of(CanonicalJson.Serialize(root)));
    }

    private static OpenchargeException Invalid(string message, IReadOnlyDictionary<string, object?> details) =>
        new(400, ErrorCodes.InvalidRequest, message, details);
}
