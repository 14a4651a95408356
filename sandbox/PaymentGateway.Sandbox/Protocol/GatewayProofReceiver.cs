namespace PaymentGateway.Sandbox.Protocol;

/// <summary>
/// The checks every sandbox party runs on a proof the payment gateway delivers to its <c>/transfer/webhook</c>
/// (docs/protocol.md, Proof delivery): the request signature, the envelope's shape, and the proof's signature, issuer
/// and recipient. What a party then does with the proof (match an order, list it) is its own.
/// </summary>
internal sealed class GatewayProofReceiver
{
    private readonly GatewayRequestAuthenticator _authenticator;

    public GatewayProofReceiver(GatewayRequestAuthenticator authenticator) => _authenticator = authenticator;

    /// <returns>The verified proof, or the error to answer; <c>Sender</c> is known once the request signature checked.</returns>
    public async Task<(VerifiedProof? Proof, long? Sender, ProtocolError? Error)> ReceiveAsync(HttpContext context, string basePath, long self)
    {
        var (request, authError) = await _authenticator.AuthenticateAsync(context, basePath).ConfigureAwait(false);
        if (authError is not null)
            return (null, null, authError);

        using var document = ProofEnvelope.TryParse(request!.Body, out var proofElement, out var signature);
        if (document is null)
            return (null, request.SenderOcid, ProofEnvelope.Malformed());

        var (proof, proofError) = ProofVerifier.Verify(proofElement, signature, request.SenderOcid, self, request.Sender.PublicKey);
        return (proof, request.SenderOcid, proofError);
    }
}
