namespace PaymentGateway.Settlement.Delivery;

/// <summary>
/// The <c>Settlement:Delivery</c> section. With the defaults a proof is tried 15 times; the delay after failed attempt
/// n is drawn uniformly from [0, min(MaxDelay, BaseDelay * 2^n)] ("full jitter"). Those upper bounds add up to about
/// 2.7 days (≈ 3 days: the longest the retries can span); full jitter makes the expected span about half that.
/// </summary>
internal sealed class DeliveryOptions
{
    public const string Section = "Settlement:Delivery";

    /// <summary>The attempt made inside the event handler, so that the MG has the proof before the customer is redirected.</summary>
    public TimeSpan FirstAttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of every later attempt (the named HTTP client's timeout).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxAttempts { get; set; } = 15;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a claim keeps other hosts away; must exceed the attempt timeout by a margin. It is also how long a
    /// delivery claimed by a host that died waits before another host may try it (plus at most
    /// <c>ResumeDeliveriesJob</c>'s period), so it is no longer than that margin needs.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);
}
