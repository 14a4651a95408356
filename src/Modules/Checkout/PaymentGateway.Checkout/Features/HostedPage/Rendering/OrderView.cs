namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>What the page shows of the stored order besides amount and currency (which come from the session).</summary>
internal sealed record OrderView(IReadOnlyList<OrderItemView> Items, string? Memo);
