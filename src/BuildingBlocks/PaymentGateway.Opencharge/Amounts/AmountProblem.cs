namespace PaymentGateway.Opencharge.Amounts;

/// <summary>Why a string is not an <see cref="OpenchargeAmount"/>, so that the error can say what to fix.</summary>
public enum AmountProblem
{
    None,

    /// <summary>Not digits with an optional point: a sign, exponent, separator, space, leading zero or empty part.</summary>
    NotADecimal,

    NotPositive,

    /// <summary>More than <see cref="OpenchargeAmount.MaxDigits"/> digits in all.</summary>
    TooManyDigits,

    /// <summary>More than <see cref="OpenchargeAmount.MaxFractionDigits"/> digits after the point.</summary>
    TooManyFractionDigits,
}
