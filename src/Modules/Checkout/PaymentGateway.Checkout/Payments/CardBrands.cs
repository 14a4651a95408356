namespace PaymentGateway.Checkout.Payments;

/// <summary>Names the card network from the number's prefix, for display and records (the brand is not a secret).</summary>
internal static class CardBrands
{
    public static string Of(string digits)
    {
        if (digits.StartsWith('4'))
            return "Visa";
        if (digits.Length >= 2 && digits[..2] is "34" or "37")
            return "Amex";
        if (digits.Length >= 2 && digits[..2] is "51" or "52" or "53" or "54" or "55")
            return "Mastercard";
        if (digits.Length >= 4 && int.TryParse(digits[..4], out var four) && four is >= 2221 and <= 2720)
            return "Mastercard";
        if (digits.StartsWith("6011", StringComparison.Ordinal) || digits.StartsWith("65", StringComparison.Ordinal))
            return "Discover";
        return "Card";
    }
}
