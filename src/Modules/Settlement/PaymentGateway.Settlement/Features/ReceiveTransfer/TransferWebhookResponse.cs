namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary><c>{status: "accepted", txid, message?}</c>; the message says when a repeat credited nothing.</summary>
internal sealed record TransferWebhookResponse(string Status, string Txid, string? Message = null);
