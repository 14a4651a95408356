namespace PaymentGateway.Operators;

/// <summary>Paging and the created-at window shared by the operator listings: <c>From &lt;= created_at &lt; To</c>.</summary>
public sealed record OperatorListQuery(int Page, int PageSize, DateTimeOffset? From, DateTimeOffset? To)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Offset => (Page - 1) * PageSize;
}
