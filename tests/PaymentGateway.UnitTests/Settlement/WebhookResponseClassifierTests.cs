using PaymentGateway.Settlement.Delivery;

namespace PaymentGateway.UnitTests.Settlement;

public sealed class WebhookResponseClassifierTests
{
    public static TheoryData<int, string, string> Table => new()
    {
        { 200, """{"status":"accepted","txid":"pg_1"}""", "Delivered" },
        { 200, """{"status":"accepted"}""", "Delivered" },
        { 202, """{"status":"accepted"}""", "Delivered" },
        { 200, """{"status":"rejected","message":"Unknown order"}""", "Rejected" },
        { 200, "<html>oops</html>", "Retryable" },
        { 200, "", "Retryable" },
        { 200, """{"status":"ok"}""", "Retryable" },
        { 200, """["accepted"]""", "Retryable" },
        { 400, """{"error":{"code":"INVALID_PROOF","message":"Wrong recipient"}}""", "Rejected" },
        { 401, """{"error":{"code":"INVALID_SIGNATURE","message":"bad"}}""", "Rejected" },
        { 404, "", "Rejected" },
        { 408, "", "Retryable" },
        { 429, """{"message":"slow down"}""", "Retryable" },
        { 500, """{"error":{"code":"INTERNAL","message":"boom"}}""", "Retryable" },
        { 502, "Bad Gateway", "Retryable" },
        { 503, "", "Retryable" },
        { 302, "", "Retryable" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classifies_answers(int status, string body, string expected)
    {
        var classified = WebhookResponseClassifier.Classify(status, body);
        // Outcomes are internal, so the table names them.
        Assert.Equal(Enum.Parse<DeliveryOutcome>(expected), classified.Outcome);
        Assert.Equal(status, classified.HttpStatus);
    }

    [Fact]
    public void Keeps_the_reason_of_a_rejection()
    {
        Assert.Contains("Unknown order", WebhookResponseClassifier.Classify(200, """{"status":"rejected","message":"Unknown order"}""").Reason, StringComparison.Ordinal);
        Assert.Contains("Wrong recipient", WebhookResponseClassifier.Classify(400, """{"error":{"code":"INVALID_PROOF","message":"Wrong recipient"}}""").Reason, StringComparison.Ordinal);
        Assert.Contains("Amount mismatch", WebhookResponseClassifier.Classify(400, """{"message":"Amount mismatch"}""").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeouts_and_connection_errors_are_retried_without_a_status()
    {
        var timeout = WebhookResponseClassifier.Timeout(TimeSpan.FromSeconds(2));
        Assert.Equal(DeliveryOutcome.Retryable, timeout.Outcome);
        Assert.Null(timeout.HttpStatus);
        Assert.Equal(DeliveryOutcome.Retryable, WebhookResponseClassifier.TransportFailure("Connection refused").Outcome);
    }

    [Fact]
    public void Reasons_are_cut_to_500_characters()
    {
        var reason = WebhookResponseClassifier.Classify(400, $$"""{"message":"{{new string('x', 2000)}}"}""").Reason;
        Assert.Equal(ClassifiedResponse.MaxReasonLength, reason.Length);
    }
}
