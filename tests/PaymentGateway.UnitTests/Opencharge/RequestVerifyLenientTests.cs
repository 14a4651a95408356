using System.Text;
using PaymentGateway.Opencharge;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Opencharge;

public sealed class RequestVerifyLenientTests
{
    private static readonly OpenchargePrivateKey Key = OpenchargePrivateKey.Parse(TestVectors.PrivateKey);
    private static readonly OpenchargePublicKey PublicKey = Key.PublicKey;

    [Fact]
    public void Checkout_create_vector_verifies_when_received_under_any_path_form()
    {
        var v = TestVectors.Get("requests", "request-post-checkout-create");
        var h = v.GetProperty("headers");
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        var signature = v.Text("signature");

        bool Verify(string path, string? basePath) => RequestSigning.Verify(
            PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp"), h.Text("X-OC-Nonce"), signature, "POST", path, basePath, body);

        Assert.True(Verify("/opencharge/checkout/create", null));
        Assert.True(Verify("/opencharge/checkout/create", "/opencharge"));
        Assert.True(Verify("/opencharge/checkout/create?trace=1", null));          // signer dropped the query
        Assert.True(Verify("/opencharge/checkout/create?trace=1", "/opencharge/")); // trailing slash on the base
        Assert.False(Verify("/checkout/create", null));
        Assert.False(Verify("/opencharge/checkout/other", "/opencharge"));
    }

    [Fact]
    public void Signature_over_the_path_relative_to_the_base_verifies_when_basePath_is_given()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signed = RequestSigning.Sign(Key, 300, 1706313700, "req_1", "POST", "/checkout/create", body);

        bool Verify(string path, string? basePath) => RequestSigning.Verify(
            PublicKey, signed.Ocid, signed.Timestamp, signed.Nonce, signed.Signature, "POST", path, basePath, body);

        Assert.True(Verify("/opencharge/checkout/create", "/opencharge"));
        Assert.True(Verify("/opencharge/checkout/create?x=1", "/opencharge"));
        Assert.False(Verify("/opencharge/checkout/create", null));
        Assert.False(Verify("/openchargex/checkout/create", "/opencharge"));
    }

    [Fact]
    public void Relative_path_with_query_is_a_candidate()
    {
        var signed = RequestSigning.Sign(Key, 300, 1, "req_q", "GET", "/capabilities?v=2", []);

        Assert.True(RequestSigning.Verify(
            PublicKey, signed.Ocid, signed.Timestamp, signed.Nonce, signed.Signature, "GET", "/opencharge/capabilities?v=2", "/opencharge", []));
    }

    [Fact]
    public void Empty_body_verifies_when_the_peer_hashed_an_empty_object()
    {
        // Express + body-parser 1.x peers hash JSON.stringify({}) for a body-less request (docs/protocol.md, contradiction B4).
        var canonical = RequestSigning.CanonicalRequest("500", "1706500000", "req_caps01", "GET", "/opencharge/capabilities", Sha256Hex.Of("{}"));
        var signature = Key.Sign(canonical);

        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", Sha256Hex.Of("{}"));
        Assert.True(RequestSigning.Verify(PublicKey, "500", "1706500000", "req_caps01", signature, "GET", "/opencharge/capabilities", null, []));
        // The {} fallback is only for empty bodies: a literal "{}" body with the SHA-256("") signature must fail.
        var emptySigned = RequestSigning.Sign(Key, 500, 1706500000, "req_caps01", "GET", "/opencharge/capabilities", []);
        Assert.False(RequestSigning.Verify(PublicKey, "500", "1706500000", "req_caps01", emptySigned.Signature, "GET", "/opencharge/capabilities", null, "{}"u8));
    }

    [Fact]
    public void Empty_body_hash_is_the_hash_of_the_empty_string()
    {
        var v = TestVectors.Get("requests", "request-get-capabilities");

        Assert.EndsWith(Sha256Hex.OfEmpty, v.Text("canonical"), StringComparison.Ordinal);
        Assert.Equal(Sha256Hex.OfEmpty, Sha256Hex.Of([]));
        Assert.Equal(Sha256Hex.OfEmpty, Sha256Hex.Of(string.Empty));
    }

    [Fact]
    public void Der_and_compact_signatures_are_accepted_by_request_verification()
    {
        var v = TestVectors.Get("requests", "request-post-payment-create");
        var h = v.GetProperty("headers");
        var body = Encoding.UTF8.GetBytes(v.Text("body"));

        foreach (var signature in new[] { v.Text("signature")[..128], SignatureEncoding.ToDerHex(v.Text("signature")), v.Text("signature").ToUpperInvariant() })
        {
            Assert.True(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp"), h.Text("X-OC-Nonce"), signature, "POST", v.Text("path"), "/opencharge", body));
        }
    }

    [Fact]
    public void Any_changed_header_fails()
    {
        var v = TestVectors.Get("requests", "request-post-payment-create");
        var h = v.GetProperty("headers");
        var body = Encoding.UTF8.GetBytes(v.Text("body"));
        var s = v.Text("signature");

        Assert.False(RequestSigning.Verify(PublicKey, "201", h.Text("X-OC-Timestamp"), h.Text("X-OC-Nonce"), s, "POST", v.Text("path"), null, body));
        Assert.False(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), "1706500001", h.Text("X-OC-Nonce"), s, "POST", v.Text("path"), null, body));
        Assert.False(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp"), "req_other", s, "POST", v.Text("path"), null, body));
        Assert.False(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp"), h.Text("X-OC-Nonce"), s, "PUT", v.Text("path"), null, body));
        Assert.False(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp") + "\n", h.Text("X-OC-Nonce"), s, "POST", v.Text("path"), null, body));
        Assert.True(RequestSigning.Verify(PublicKey, h.Text("X-OC-ID"), h.Text("X-OC-Timestamp"), h.Text("X-OC-Nonce"), s, "post", v.Text("path"), null, body));
    }

    [Fact]
    public void Null_header_values_are_rejected_without_throwing()
    {
        Assert.False(RequestSigning.Verify(PublicKey, null!, null!, null!, null!, null!, null!, null, []));
    }

    [Fact]
    public void Canonical_request_has_six_lines_and_no_trailing_newline()
    {
        var canonical = RequestSigning.CanonicalRequest("1", "2", "n", "get", "/p?q=1", Sha256Hex.OfEmpty);

        Assert.Equal("1\n2\nn\nGET\n/p?q=1\n" + Sha256Hex.OfEmpty, canonical);
    }

    [Fact]
    public void Nonces_are_req_plus_32_lowercase_hex_and_unique()
    {
        var a = RequestSigning.NewNonce();
        var b = RequestSigning.NewNonce();

        Assert.Matches("^req_[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
    }
}
