using System.Buffers;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

/// <summary>Reads the raw request body once, refusing anything above the limit without reading it all.</summary>
internal static class RequestBodyReader
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);

        using var buffer = new MemoryStream(request.ContentLength is > 0 and var length ? (int)length : 256);
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw TooLarge(maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static OpenchargeException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.",
            new Dictionary<string, object?> { ["maxBytes"] = maxBytes });
}
