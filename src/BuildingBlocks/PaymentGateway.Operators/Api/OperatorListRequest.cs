namespace PaymentGateway.Operators.Api;

/// <summary>Paging and the created-at window shared by the operator listings: <c>From &lt;= created_at &lt; To</c>, newest first.</summary>
public abstract class OperatorListRequest : ITimeWindow
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = int.MaxValue / MaxPageSize;

    /// <summary>From 1.</summary>
    public int Page { get; set; } = 1;

    /// <summary>1 to 200, default 50.</summary>
    public int PageSize { get; set; } = DefaultPageSize;

    public IsoInstant? From { get; set; }

    public IsoInstant? To { get; set; }

    public int Offset => (Page - 1) * PageSize;
}
