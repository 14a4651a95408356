namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>How a fuzzed request's signed headers differ from a correct set (most requests: not at all).</summary>
internal enum HeaderVariation
{
    Valid,
    MissingId,
    MissingTimestamp,
    MissingNonce,
    MissingSignature,
    MalformedId,
    UnknownCaller,
    StaleTimestamp,
    FutureTimestamp,
    MalformedTimestamp,
    ReplayedNonce,
    OddNonce,
    TamperedSignature,
    MalformedSignature,
    UppercaseSignature,
    NoContentType,
    TextContentType,
    DuplicateHeaders,
    ExtraHeaders,
}
