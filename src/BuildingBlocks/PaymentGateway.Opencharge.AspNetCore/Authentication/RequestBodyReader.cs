using System.Buffers;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>Reads the raw request body once, refusing anything above the limit without reading it all.</summary>
internal static class RequestBodyReader
{
    private const int ChunkBytes = 8192;

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);

        // Nearly every caller declares the length: the body goes straight into one array of that size, with no
        // growing buffer, no copy of it and no pooled chunk. The stream still has to end there; if it does not (only a
        // transport that does not hold the sender to its Content-Length could), the rest is read as below.
        var declared = request.ContentLength is > 0 and var length ? (int)length : 0;
        var body = declared > 0 ? new byte[declared] : [];
        var filled = 0;
        while (filled < declared)
        {
            var read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
            if (read == 0)
                return body.AsMemory(0, filled);
            filled += read;
        }
        return await ReadRestAsync(request.Body, body, maxBytes, cancellationToken);
    }

    /// <summary>The whole body when the stream goes on after <paramref name="start"/> (an undeclared length), else <paramref name="start"/> itself.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadRestAsync(Stream stream, byte[] start, int maxBytes, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken);
            if (read == 0)
                return start;

            using var buffer = new MemoryStream(Math.Max(start.Length + read, 256));
            buffer.Write(start);
            do
            {
                if (buffer.Length + read > maxBytes)
                    throw TooLarge(maxBytes);
                buffer.Write(chunk, 0, read);
            }
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken)) > 0);
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static OpenchargeException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.",
            new Dictionary<string, object?> { ["maxBytes"] = maxBytes });
}
