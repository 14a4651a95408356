namespace PaymentGateway.Sandbox.Transfers;

/// <summary>The shape of <c>transfers.json</c> in the data folder.</summary>
internal sealed record TransferStoreFile(List<SentTransfer> Sent, List<ReceivedProof> Received);
