using System.Text.Json.Serialization;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

/// <summary>POST /operator/deliveries/redeliver <c>{ocid?, from?, to?}</c>: which dead deliveries to revive.</summary>
internal sealed class BulkRedeliverRequest : ITimeWindow
{
    /// <summary>The receiving MG; a JSON number or a string of digits.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? Ocid { get; set; }

    public IsoInstant? From { get; set; }

    public IsoInstant? To { get; set; }
}
