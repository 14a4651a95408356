namespace PaymentGateway.Opencharge.Amounts;

/// <summary>Either <see cref="Money"/>, or what is wrong with the amount and/or the currency.</summary>
public readonly record struct MoneyParseResult(Money? Money, string? AmountError, string? CurrencyError);
