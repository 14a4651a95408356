using System.Globalization;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.Opencharge;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>Turns a <see cref="FuzzCase"/> into the HTTP request a (possibly careless or hostile) partner would send.</summary>
internal static class FuzzRequests
{
    /// <summary>One nonce for every ReplayedNonce case: the first use may pass, every later one is a replay.</summary>
    private const string ReplayedNonce = "fuzz-replayed-nonce-0001";

    public static HttpRequestMessage Create(FuzzParties parties, string path, FuzzCase fuzz)
    {
        var variation = fuzz.Headers;
        var odd = fuzz.HeaderValue;
        var caller = variation == HeaderVariation.UnknownCaller ? parties.Stranger : parties.Caller;
        var timestamp = SignedRequests.Now() + variation switch
        {
            HeaderVariation.StaleTimestamp => -3600,
            HeaderVariation.FutureTimestamp => 3600,
            _ => 0,
        };
        var nonce = variation switch
        {
            HeaderVariation.ReplayedNonce => ReplayedNonce,
            HeaderVariation.OddNonce => odd,
            _ => RequestSigning.NewNonce(),
        };
        var signed = Sign(caller, timestamp, nonce, path, fuzz.Body);
        var signature = variation switch
        {
            HeaderVariation.TamperedSignature => (signed.Signature[0] == 'a' ? "b" : "a") + signed.Signature[1..],
            HeaderVariation.MalformedSignature => odd,
            HeaderVariation.UppercaseSignature => signed.Signature.ToUpperInvariant(),
            _ => signed.Signature,
        };

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(fuzz.Body) };
        if (variation != HeaderVariation.NoContentType)
            request.Content.Headers.TryAddWithoutValidation("Content-Type", variation == HeaderVariation.TextContentType ? "text/plain" : "application/json");
        Add(request, OpenchargeHeaders.Id, variation switch
        {
            HeaderVariation.MissingId => null,
            HeaderVariation.MalformedId => odd,
            _ => signed.Ocid,
        });
        Add(request, OpenchargeHeaders.Timestamp, variation switch
        {
            HeaderVariation.MissingTimestamp => null,
            HeaderVariation.MalformedTimestamp => odd,
            _ => signed.Timestamp,
        });
        Add(request, OpenchargeHeaders.Nonce, variation == HeaderVariation.MissingNonce ? null : signed.Nonce);
        Add(request, OpenchargeHeaders.Signature, variation == HeaderVariation.MissingSignature ? null : signature);
        if (variation == HeaderVariation.DuplicateHeaders)
        {
            Add(request, OpenchargeHeaders.Id, parties.Merchant.Ocid.ToString(CultureInfo.InvariantCulture));
            Add(request, OpenchargeHeaders.Nonce, RequestSigning.NewNonce());
        }
        if (variation == HeaderVariation.ExtraHeaders)
        {
            Add(request, "X-OC-Extra", odd);
            Add(request, "X-Forwarded-For", "203.0.113.7, " + odd);
            Add(request, "X-HTTP-Method-Override", "DELETE");
        }
        return request;
    }

    /// <summary>Signs like a partner; a nonce our own signer refuses (e.g. empty) is sent anyway, over a signature made with another.</summary>
    private static SignedRequestHeaders Sign(TestParty caller, long timestamp, string nonce, string path, byte[] body)
    {
        try
        {
            return RequestSigning.Sign(caller.Key, caller.Ocid, timestamp, nonce, "POST", path, body);
        }
        catch (ArgumentException)
        {
            return RequestSigning.Sign(caller.Key, caller.Ocid, timestamp, RequestSigning.NewNonce(), "POST", path, body) with { Nonce = nonce };
        }
    }

    private static void Add(HttpRequestMessage request, string name, string? value)
    {
        if (value is not null)
            request.Headers.TryAddWithoutValidation(name, value);
    }
}
