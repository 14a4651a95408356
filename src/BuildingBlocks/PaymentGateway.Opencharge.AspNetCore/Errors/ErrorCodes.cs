namespace PaymentGateway.Opencharge.AspNetCore.Errors;

/// <summary>The error codes this gateway answers with (docs/protocol.md, Errors): the protocol's, plus our own for transport failures.</summary>
public static class ErrorCodes
{
    public const string InvalidSignature = "INVALID_SIGNATURE";
    public const string TimestampExpired = "TIMESTAMP_EXPIRED";
    public const string NonceReused = "NONCE_REUSED";
    public const string UnknownOcid = "UNKNOWN_OCID";
    public const string MetadataUnavailable = "METADATA_UNAVAILABLE";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string OrderExpired = "ORDER_EXPIRED";
    public const string OrderConflict = "ORDER_CONFLICT";
    public const string SettlementNotSupported = "SETTLEMENT_NOT_SUPPORTED";
    public const string CurrencyNotSupported = "CURRENCY_NOT_SUPPORTED";
    public const string SessionNotFound = "SESSION_NOT_FOUND";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string AccountNotFound = "ACCOUNT_NOT_FOUND";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";
    public const string TransferConflict = "TRANSFER_CONFLICT";
    public const string InvalidProof = "INVALID_PROOF";
    public const string ProofSignatureInvalid = "PROOF_SIGNATURE_INVALID";
    public const string IssuerNotAccepted = "ISSUER_NOT_ACCEPTED";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string TooManyRequests = "TOO_MANY_REQUESTS";
    public const string InternalError = "INTERNAL_ERROR";
}
