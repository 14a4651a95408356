using System.Text;

namespace PaymentGateway.Settlement.Delivery;

/// <summary>What one attempt amounted to, with a short reason for the attempts table (never more than 500 chars).</summary>
internal sealed record ClassifiedResponse(DeliveryOutcome Outcome, int? HttpStatus, string Reason)
{
    public const int MaxReasonLength = 500;

    public static ClassifiedResponse Of(DeliveryOutcome outcome, int? httpStatus, string reason) =>
        new(outcome, httpStatus, Storable(reason));

    /// <summary>
    /// The reason quotes whatever the MG answered. PostgreSQL text refuses NUL and our driver refuses lone surrogates
    /// (also left by a cut between the halves of a pair), and failing to record the attempt would stall the delivery:
    /// control characters and broken characters become U+FFFD, and the text is cut only between characters.
    /// </summary>
    private static string Storable(string reason)
    {
        var text = new StringBuilder(Math.Min(reason.Length, MaxReasonLength));
        var rest = reason.AsSpan();
        while (!rest.IsEmpty)
        {
            Rune.DecodeFromUtf16(rest, out var rune, out var used);
            if (Rune.IsControl(rune))
                rune = Rune.ReplacementChar;
            if (text.Length + rune.Utf16SequenceLength > MaxReasonLength)
                break;
            text.Append(rune.ToString());
            rest = rest[used..];
        }
        return text.ToString();
    }
}
