namespace PaymentGateway.Settlement.Features.CreditCheckout;

/// <summary>What <see cref="CheckoutCreditStatement"/> wrote.</summary>
internal enum CreditOutcome
{
    /// <summary>The credit, the proof and its delivery (leased for the first attempt).</summary>
    Credited,

    /// <summary>Nothing: this event was applied before (the inbox has it).</summary>
    AppliedBefore,

    /// <summary>Only the inbox row: another event credited the same session (one credit per session).</summary>
    SessionCreditedBefore,
}
