namespace PaymentGateway.Settlement.Features;

/// <summary>
/// <c>{"proof":…,"signature":"…"}</c> built from the stored canonical proof text, so that every answer and every
/// delivery of one proof carries the very bytes that were signed.
/// </summary>
internal static class ProofEnvelopeJson
{
    public static string Of(string canonicalProof, string signature) =>
        "{\"proof\":" + canonicalProof + ",\"signature\":\"" + signature + "\"}";
}
