using FluentValidation;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>Validation rules for text fields of Opencharge requests.</summary>
public static class TextRules
{
    /// <summary>
    /// No control characters: NUL cannot be stored in PostgreSQL text, and no other belongs in an id or on a page.
    /// Free text for people (memo, item names) may hold tabs and line breaks.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule, bool allowLineBreaks = false) =>
        rule.Must(text => text is null || !HasControlCharacter(text, allowLineBreaks))
            .WithMessage(allowLineBreaks
                ? "must not contain control characters other than tabs and line breaks"
                : "must not contain control characters");

    private static bool HasControlCharacter(string text, bool allowLineBreaks)
    {
        foreach (var c in text)
            if (char.IsControl(c) && !(allowLineBreaks && c is '\t' or '\n' or '\r'))
                return true;
        return false;
    }
}
