using System.Text.Json;
using System.Text.Json.Serialization;
using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Orders;

/// <summary>
/// Orders and processed proof ids, in memory and mirrored to <c>orders.json</c> so a restart of the sandbox does not
/// strand customers who are still on the gateway's payment page. One lock: traffic is a developer clicking.
/// </summary>
internal sealed class OrderStore
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxOrder> _orders = new(StringComparer.Ordinal);

    /// <summary>(issuer, txid): txids are unique only in the issuer's namespace (docs/protocol.md, Transfer proofs).</summary>
    private readonly HashSet<string> _processedProofs = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly ILogger<OrderStore> _logger;

    public OrderStore(SandboxSettings settings, ILogger<OrderStore> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _path = Path.Combine(settings.DataFolder, "orders.json");
        _logger = logger;
        Load();
    }

    public SandboxOrder? Find(string id)
    {
        lock (_lock)
            return _orders.GetValueOrDefault(id);
    }

    public void Add(SandboxOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        lock (_lock)
        {
            _orders.Add(order.Id, order);
            Save();
        }
    }

    public bool IsProcessed(long issuer, string txid)
    {
        lock (_lock)
            return _processedProofs.Contains(ProofKey(issuer, txid));
    }

    /// <summary>Remembers a proof that matched no order, so a replay of it is still recognised as one.</summary>
    public bool MarkProcessed(long issuer, string txid)
    {
        lock (_lock)
        {
            var added = _processedProofs.Add(ProofKey(issuer, txid));
            if (added)
                Save();
            return added;
        }
    }

    /// <summary>The merchant gateway's side: the gateway's proof for this order arrived and checked out.</summary>
    public GatewayPaymentOutcome RecordGatewayPayment(string orderId, long issuer, string txid)
    {
        lock (_lock)
        {
            if (!_processedProofs.Add(ProofKey(issuer, txid)))
                return GatewayPaymentOutcome.DuplicateTxid;

            var order = _orders[orderId];
            if (order.GatewayTxid is not null)
            {
                // A second, different payment for the same order: keep the first, remember the txid as seen.
                Save();
                return GatewayPaymentOutcome.OrderAlreadyPaid;
            }

            _orders[orderId] = order with { GatewayTxid = txid };
            Save();
            return GatewayPaymentOutcome.Recorded;
        }
    }

    /// <summary>The merchant's side: it verified the merchant gateway's proof.</summary>
    public void MarkPaid(string orderId, string merchantTxid, long paidAt)
    {
        lock (_lock)
        {
            var order = _orders[orderId];
            if (order.Status == OrderStatus.Paid)
                return;
            _orders[orderId] = order with { Status = OrderStatus.Paid, MerchantTxid = merchantTxid, PaidAt = paidAt };
            Save();
        }
    }

    private static string ProofKey(long issuer, string txid) => $"{issuer}:{txid}";

    private void Load()
    {
        if (!File.Exists(_path))
            return;
        try
        {
            var file = JsonSerializer.Deserialize<OrderStoreFile>(File.ReadAllBytes(_path), FileJson);
            foreach (var order in file?.Orders ?? [])
                _orders[order.Id] = order;
            foreach (var proof in file?.ProcessedProofs ?? [])
                _processedProofs.Add(proof);
        }
        catch (JsonException exception)
        {
            // Sandbox state is disposable; say so and carry on rather than refusing to start.
            _logger.LogWarning("Ignoring unreadable {Path}: {Reason}", _path, exception.Message);
        }
    }

    private void Save()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = _path + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new OrderStoreFile([.. _orders.Values], [.. _processedProofs]), FileJson));
            File.Move(temporary, _path, overwrite: true); // readers never see a half-written file
        }
        catch (IOException exception)
        {
            _logger.LogWarning("Could not save {Path}: {Reason}", _path, exception.Message);
        }
    }
}
