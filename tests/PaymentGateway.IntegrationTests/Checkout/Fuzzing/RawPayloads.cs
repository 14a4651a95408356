using System.Text;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>
/// Bytes spliced into a serialised body where <see cref="FuzzValues.RawToken"/> stood: escaped lone surrogates, invalid
/// UTF-8, raw control characters and quotes that break the JSON. The order signature then no longer matches, but the
/// body still reaches the parser (the request signature is made over the final bytes).
/// </summary>
internal static class RawPayloads
{
    public static readonly byte[][] All =
    [
        Encoding.ASCII.GetBytes("\\ud800"),
        Encoding.ASCII.GetBytes("\\udc00x"),
        Encoding.ASCII.GetBytes("a\\ud800\\ud800b"),
        Encoding.ASCII.GetBytes("\\u0000"),
        Encoding.ASCII.GetBytes("\\uZZZZ"),
        Encoding.ASCII.GetBytes("\\x41"),
        [0xFF],
        [0xC0, 0xAF],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82],
        [0x01],
        [0x0A],
        [0x7F],
        [(byte)'"'],
        [(byte)'\\'],
        Encoding.UTF8.GetBytes("\uD83D\uDE00"),
    ];

    public static byte[] Splice(byte[] body, byte[] payload)
    {
        var token = Encoding.ASCII.GetBytes(FuzzValues.RawToken);
        var at = body.AsSpan().IndexOf(token);
        return at < 0 ? body : [.. body.AsSpan(0, at), .. payload, .. body.AsSpan(at + token.Length)];
    }
}
