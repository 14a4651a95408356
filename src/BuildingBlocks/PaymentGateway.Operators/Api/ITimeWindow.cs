namespace PaymentGateway.Operators.Api;

/// <summary>A request's half-open window <c>From &lt;= t &lt; To</c>; either end may be open.</summary>
public interface ITimeWindow
{
    IsoInstant? From { get; }

    IsoInstant? To { get; }
}
