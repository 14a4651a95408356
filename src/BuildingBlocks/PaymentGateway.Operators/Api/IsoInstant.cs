using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace PaymentGateway.Operators.Api;

/// <summary>
/// An instant an operator typed: ISO 8601, a date alone meaning midnight UTC, no offset meaning UTC. Bound from the
/// query (FastEndpoints calls <see cref="TryParse"/>) and from JSON bodies alike, so nothing else reads dates.
/// </summary>
[JsonConverter(typeof(IsoInstantJsonConverter))]
public readonly partial record struct IsoInstant(DateTimeOffset Value)
{
    public const string Expected = "an ISO 8601 date or date-time, e.g. 2026-11-26T12:00:00Z";

    public static bool TryParse([NotNullWhen(true)] string? text, out IsoInstant instant)
    {
        instant = default;
        // The shape check keeps DateTimeOffset.TryParse from accepting locale-ish forms such as "1/2/2026".
        if (text is null || !IsoShape().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return false;
        instant = new IsoInstant(time);
        return true;
    }

    public override string ToString() => Value.ToString("O", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoShape();
}
