using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Npgsql;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>
/// The least work a correct /checkout/create can do: raw body, timestamp window, request signature, JSON parse, order
/// signature, one statement (one round trip, one commit) that records the nonce and inserts the session only when the
/// nonce was new, and a signed response. Everything the gateway does on top of this (routing, middleware, validation,
/// error envelopes, DI scopes) is its overhead. The answer is serialised to bytes first so that the response signature
/// covers exactly what is sent.
/// </summary>
internal sealed class BaselineCheckoutHandler(BaselineSettings settings, NpgsqlDataSource dataSource)
{
    private const long TimestampToleranceSeconds = 300;
    private static readonly TimeSpan NonceRetention = TimeSpan.FromSeconds(660);
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(30);

    // The nonce rule stays a database rule (the primary key), and the session is written only if the nonce was new.
    private const string CreateSql = """
        WITH nonce AS (
            INSERT INTO request_nonces (ocid, nonce, keep_until) VALUES ($2, $11, $12) ON CONFLICT DO NOTHING RETURNING 1)
        INSERT INTO sessions (id, caller_ocid, merchant_ocid, order_id, order_json, order_signature, success_url, cancel_url,
            status, created_at, expires_at)
        SELECT $1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10 WHERE EXISTS (SELECT 1 FROM nonce)
        ON CONFLICT (merchant_ocid, order_id) DO NOTHING
        RETURNING (SELECT count(*) FROM nonce)
        """;

    public async Task HandleAsync(HttpContext context)
    {
        var (status, answer) = await AnswerAsync(context);
        var body = JsonSerializer.SerializeToUtf8Bytes(answer);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        var signer = settings.ResponseSigner;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        response.Headers[OpenchargeHeaders.Id] = signer.OcidText;
        response.Headers[OpenchargeHeaders.Timestamp] = timestamp.ToString(CultureInfo.InvariantCulture);
        response.Headers[OpenchargeHeaders.Signature] = ResponseSigning.Sign(signer.Key, signer.Ocid, timestamp, status, body);
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task<(int Status, object Answer)> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var ocid = request.Headers[OpenchargeHeaders.Id].ToString();
        var timestamp = request.Headers[OpenchargeHeaders.Timestamp].ToString();
        var nonce = request.Headers[OpenchargeHeaders.Nonce].ToString();
        var signature = request.Headers[OpenchargeHeaders.Signature].ToString();
        if (ocid != settings.CallerOcid || nonce.Length is 0 or > 128)
            return Error(401, "UNKNOWN_OCID");
        var now = DateTimeOffset.UtcNow;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sent)
            || Math.Abs(now.ToUnixTimeSeconds() - sent) > TimestampToleranceSeconds)
            return Error(401, "TIMESTAMP_EXPIRED");

        var body = await ReadBodyAsync(request, context.RequestAborted);
        var path = request.PathBase.Value + request.Path.Value + request.QueryString.Value;
        if (!RequestSigning.Verify(settings.CallerKey, ocid, timestamp, nonce, signature, request.Method, path, "/opencharge", body))
            return Error(401, "INVALID_SIGNATURE");

        long merchantOcid;
        string orderId, orderJson, orderSignature;
        string? success, cancel;
        DateTimeOffset expiresAt;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var order = root.GetProperty("order");
            orderSignature = root.GetProperty("signature").GetString()!;
            merchantOcid = root.GetProperty("merchantOcid").GetInt64();
            if (ObjectSignatures.Verify(settings.MerchantKey, order, orderSignature) is null)
                return Error(400, "INVALID_SIGNATURE");
            orderId = order.GetProperty("id").GetString()!;
            orderJson = order.GetRawText();
            expiresAt = now + SessionLifetime;
            if (order.TryGetProperty("expiresAt", out var orderExpiry)
                && DateTimeOffset.FromUnixTimeSeconds(orderExpiry.GetInt64()) is var orderExpiresAt && orderExpiresAt < expiresAt)
                expiresAt = orderExpiresAt;
            var urls = root.GetProperty("urls");
            success = urls.TryGetProperty("success", out var s) ? s.GetString() : null;
            cancel = urls.TryGetProperty("cancel", out var c) ? c.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Error(400, "INVALID_REQUEST");
        }

        var callerOcid = long.Parse(ocid, CultureInfo.InvariantCulture);
        var sessionId = "cs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var inserted = await CreateAsync(sessionId, callerOcid, merchantOcid, orderId, orderJson, orderSignature, success, cancel, now, expiresAt,
            nonce, now + NonceRetention, context.RequestAborted);
        if (!inserted)
            return Error(401, "NONCE_REUSED");
        return (200, new BaselineResponse($"{settings.BaseUrl}/pay/{sessionId}", sessionId, expiresAt.ToUnixTimeSeconds()));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < 65_536 and var length ? (int)length : 1024);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    // A repeated nonce (or, in this minimal server, a repeated order) inserts nothing; the load never repeats either.
    private async Task<bool> CreateAsync(string id, long callerOcid, long merchantOcid, string orderId, string orderJson, string orderSignature,
        string? success, string? cancel, DateTimeOffset now, DateTimeOffset expiresAt, string nonce, DateTimeOffset keepUntil,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CreateSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string> { TypedValue = id });
        p.Add(new NpgsqlParameter<long> { TypedValue = callerOcid });
        p.Add(new NpgsqlParameter<long> { TypedValue = merchantOcid });
        p.Add(new NpgsqlParameter<string> { TypedValue = orderId });
        p.Add(new NpgsqlParameter<string> { TypedValue = orderJson });
        p.Add(new NpgsqlParameter<string> { TypedValue = orderSignature });
        p.Add(new NpgsqlParameter { Value = (object?)success ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = (object?)cancel ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = expiresAt });
        p.Add(new NpgsqlParameter<string> { TypedValue = nonce });
        p.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = keepUntil });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static (int, object) Error(int status, string code) => (status, new { error = new { code } });
}
