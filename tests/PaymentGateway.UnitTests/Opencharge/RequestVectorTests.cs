using System.Text;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class RequestVectorTests
{
    private static readonly OpenchargePrivateKey Key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);

    public static TheoryData<string> Names => TestVectors.Names("requests");

    [Theory]
    [MemberData(nameof(Names))]
    public void Canonical_text_and_its_hash_match(string name)
    {
        var v = TestVectors.Get("requests", name);
        var headers = v.GetProperty("headers");
        var bodyHash = Sha256Hex.Of(Encoding.UTF8.GetBytes(v.Text("body")));

        var canonical = RequestSigning.CanonicalRequest(
            headers.Text("X-OC-ID"), headers.Text("X-OC-Timestamp"), headers.Text("X-OC-Nonce"),
            v.Text("method"), v.Text("path"), bodyHash);

        Assert.Equal(v.Text("canonical"), canonical);
        Assert.Equal(v.Text("sha256"), Sha256Hex.Of(canonical));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signing_reproduces_the_signature_byte_for_byte(string name)
    {
        var v = TestVectors.Get("requests", name);
        var headers = v.GetProperty("headers");

        var signed = RequestSigning.Sign(
            Key, long.Parse(headers.Text("X-OC-ID")), long.Parse(headers.Text("X-OC-Timestamp")), headers.Text("X-OC-Nonce"),
            v.Text("method"), v.Text("path"), Encoding.UTF8.GetBytes(v.Text("body")));

        Assert.Equal(headers.Text("X-OC-ID"), signed.Ocid);
        Assert.Equal(headers.Text("X-OC-Timestamp"), signed.Timestamp);
        Assert.Equal(headers.Text("X-OC-Nonce"), signed.Nonce);
        Assert.Equal(v.Text("signature"), signed.Signature);
        Assert.Equal(v.Text("signature"), Key.Sign(v.Text("canonical")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signature_verifies_strictly(string name)
    {
        var v = TestVectors.Get("requests", name);
        var headers = v.GetProperty("headers");
        var publicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);

        Assert.True(publicKey.Verify(v.Text("canonical"), v.Text("signature")));
        Assert.True(RequestSigning.Verify(
            publicKey, headers.Text("X-OC-ID"), headers.Text("X-OC-Timestamp"), headers.Text("X-OC-Nonce"), v.Text("signature"),
            v.Text("method"), v.Text("path"), basePath: null, Encoding.UTF8.GetBytes(v.Text("body"))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signature_does_not_verify_a_changed_body(string name)
    {
        var v = TestVectors.Get("requests", name);
        var headers = v.GetProperty("headers");

        Assert.False(RequestSigning.Verify(
            OpenchargePublicKey.Parse(TestVectors.PublicKey), headers.Text("X-OC-ID"), headers.Text("X-OC-Timestamp"),
            headers.Text("X-OC-Nonce"), v.Text("signature"), v.Text("method"), v.Text("path"), "/opencharge",
            Encoding.UTF8.GetBytes(v.Text("body") + " ")));
    }
}
