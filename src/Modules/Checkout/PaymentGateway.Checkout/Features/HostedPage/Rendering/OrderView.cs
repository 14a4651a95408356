namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>What the page shows of the stored order besides amount and currency (which come from the session).</summary>
/// <param name="UnsignedItemsHidden">The order lists items that its signature does not cover; they are left out.</param>
internal sealed record OrderView(IReadOnlyList<OrderItemView> Items, string? Memo, bool UnsignedItemsHidden);
