namespace PaymentGateway.Modularity.Messaging;

/// <summary>
/// A message claimed for relaying: no other relayer takes it before <see cref="Until"/>. The claim is committed on its
/// own, so nothing is locked while the handlers run; <see cref="Id"/> tells our claim from a later one by another host.
/// </summary>
public sealed record OutboxLease(Guid MessageId, Guid Id, DateTimeOffset Until);
