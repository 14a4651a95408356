using System.Text;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class ResponseVectorTests
{
    public static TheoryData<string> Names => TestVectors.Names("responses");

    [Theory]
    [MemberData(nameof(Names))]
    public void Canonical_text_hash_signature_and_verification_match(string name)
    {
        var v = TestVectors.Get("responses", name);
        var key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
        var publicKey = OpenchargePublicKey.Parse(TestVectors.PublicKey);
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        var status = v.GetProperty("status").GetInt32();

        var canonical = ResponseSigning.CanonicalResponse(v.Text("ocid"), v.Text("timestamp"), status, Sha256Hex.Of(body));
        Assert.Equal(v.Text("canonical"), canonical);
        Assert.Equal(v.Text("sha256"), Sha256Hex.Of(canonical));

        var signature = ResponseSigning.Sign(key, long.Parse(v.Text("ocid")), long.Parse(v.Text("timestamp")), status, body);
        Assert.Equal(v.Text("signature"), signature);

        Assert.True(ResponseSigning.Verify(publicKey, v.Text("ocid"), v.Text("timestamp"), status, v.Text("signature"), body));
        Assert.False(ResponseSigning.Verify(publicKey, v.Text("ocid"), v.Text("timestamp"), status + 1, v.Text("signature"), body));
        Assert.False(ResponseSigning.Verify(publicKey, v.Text("ocid"), v.Text("timestamp"), status, "not a signature", body));
    }
}
