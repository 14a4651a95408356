using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Testing;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>
/// The sandbox's own signing and verifying code against the shared vectors, so a bug on one side cannot be
/// cancelled out by the same bug on the other side of a round trip.
/// </summary>
public sealed class VectorTests
{
    private static readonly OpenchargePrivateKey Key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
    private static readonly OpenchargePublicKey PublicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);

    [Fact]
    public void Order_signer_produces_the_vector_canonical_text_and_signature()
    {
        var vector = TestVectors.Get("objects", "order-variant-R");
        var order = JsonNode.Parse(vector.GetProperty("object").GetRawText())!.AsObject();

        var signed = OrderSigner.Sign(Key, order);

        Assert.Equal(vector.Text("canonical"), signed.Canonical);
        Assert.Equal(vector.Text("signature"), signed.Signature);
    }

    [Fact]
    public void Proof_verifier_accepts_the_pg_to_mg_vector_with_the_vector_public_key()
    {
        var vector = TestVectors.Get("objects", "proof-pg-to-mg");

        var (proof, error) = ProofVerifier.Verify(vector.GetProperty("object"), vector.Text("signature"), expectedIssuer: 200, self: 300, PublicKey);

        Assert.Null(error);
        Assert.Equal("pg_tx_0001", proof!.Txid);
        Assert.Equal(200, proof.Issuer);
        Assert.Equal("ord_abc123", proof.ToReference);
        Assert.Equal("99.99", proof.Amount);
        Assert.Equal("USD", proof.Currency);
    }

    [Fact]
    public void Proof_verifier_rejects_the_vector_proof_once_a_signed_field_changes()
    {
        var vector = TestVectors.Get("objects", "proof-pg-to-mg");
        var tampered = JsonNode.Parse(vector.GetProperty("object").GetRawText())!.AsObject();
        tampered["amount"] = "99.98";

        var (_, error) = ProofVerifier.Verify(JsonSerializer.SerializeToElement(tampered), vector.Text("signature"), 200, 300, PublicKey);

        Assert.Equal("PROOF_SIGNATURE_INVALID", error!.Code);
    }

    [Fact]
    public void Metadata_config_signature_matches_the_config_vector()
    {
        var vector = TestVectors.Get("objects", "config-variant-R");
        var config = vector.GetProperty("object");
        var party = new SandboxParty("Vector", 200, Key);

        var document = MetadataDocument.Create(
            party,
            "profile",
            config.GetProperty("endpoint").GetString()!,
            config.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()!),
            config.GetProperty("settlement").GetProperty("currencies").EnumerateArray().Select(c => c.GetString()!),
            config.GetProperty("settlement").GetProperty("accepts").EnumerateArray().Select(a => a.GetInt64()));

        Assert.Equal(vector.Text("canonical"), CanonicalJson.Serialize(document["config"]!));
        Assert.Equal(vector.Text("signature"), (string)document["signature"]!);
    }
}
