namespace PaymentGateway.Modularity.Messaging;

/// <summary>What the relay needs of a message it holds the lease of: its id, type name and failed attempts so far.</summary>
internal sealed record ClaimedMessage(Guid Id, string Type, int Attempts);
