namespace PaymentGateway.Sandbox.Shop;

/// <summary>
/// A fixed catalogue. The names deliberately carry HTML metacharacters, quotes and non-ASCII text: they travel into
/// signed orders and onto the gateway's hosted page, so they exercise escaping and canonical JSON end to end.
/// </summary>
internal static class ProductCatalog
{
    public const string Currency = "USD";

    public static IReadOnlyList<Product> All { get; } =
    [
        new("mug", "Tom & Jerry's \"Mug\"", "A 350 ml stoneware mug. Dishwasher safe.", "12.50"),
        new("coffee", "Café crème — 250 g", "Whole beans, medium roast.", "8.00"),
        new("stickers", "<b>Not bold</b> sticker pack", "Ten vinyl stickers; the name is not markup.", "0.99"),
    ];

    public static Product? Find(string? id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
