namespace PaymentGateway.Sandbox.Shop;

/// <summary>A shop product. <see cref="Price"/> is a decimal string, copied byte-for-byte into orders (docs/protocol.md, POST /checkout/create).</summary>
internal sealed record Product(string Id, string Name, string Description, string Price);
