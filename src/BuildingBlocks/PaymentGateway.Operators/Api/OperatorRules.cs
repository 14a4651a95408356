using FluentValidation;

namespace PaymentGateway.Operators.Api;

/// <summary>Rules several operator requests share.</summary>
public static class OperatorRules
{
    /// <summary>
    /// An identifier typed into a path or body (a txid): present, at most as long as the column that stores it, no
    /// control characters (PostgreSQL cannot hold NUL in text; a query with one fails instead of finding nothing).
    /// </summary>
    public static IRuleBuilderOptions<T, string> IsIdentifier<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(text => text.Length is > 0 && text.Length <= maxLength && !text.Any(char.IsControl) && !HasLoneSurrogate(text))
            .WithMessage($"must be 1 to {maxLength} characters without control characters");

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return true;
        }
        return false;
    }
}
