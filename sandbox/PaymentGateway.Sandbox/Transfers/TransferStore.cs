using System.Text.Json;
using PaymentGateway.Sandbox.Configuration;

namespace PaymentGateway.Sandbox.Transfers;

/// <summary>
/// Transfers the sandbox parties sent and the proofs the merchant received, in memory and mirrored to
/// <c>transfers.json</c> (like <see cref="Orders.OrderStore"/>), so their pages survive a restart.
/// </summary>
internal sealed class TransferStore
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Lock _lock = new();
    private readonly List<SentTransfer> _sent = [];
    private readonly List<ReceivedProof> _received = [];
    private readonly string _path;
    private readonly ILogger<TransferStore> _logger;

    public TransferStore(SandboxSettings settings, ILogger<TransferStore> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _path = Path.Combine(settings.DataFolder, "transfers.json");
        _logger = logger;
        Load();
    }

    /// <summary>Records a sent transfer; an accepted one whose reference is already recorded as accepted is the same transfer (a repeat) and is not listed again.</summary>
    public void AddSent(SentTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        lock (_lock)
        {
            if (transfer.Accepted && _sent.Any(t => t.Accepted && t.FromOcid == transfer.FromOcid && t.Reference == transfer.Reference))
                return;
            _sent.Add(transfer);
            Save();
        }
    }

    /// <summary>What <paramref name="fromOcid"/> sent, newest first.</summary>
    public IReadOnlyList<SentTransfer> SentBy(long fromOcid)
    {
        lock (_lock)
            return [.. _sent.Where(t => t.FromOcid == fromOcid).Reverse()];
    }

    /// <summary>
    /// Records a verified proof once per (issuer, txid), the key of a proof (docs/protocol.md, Transfer proofs); false
    /// when it was already recorded (a redelivery).
    /// </summary>
    public bool TryAddReceived(ReceivedProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        lock (_lock)
        {
            if (_received.Any(r => r.Issuer == proof.Issuer && string.Equals(r.Txid, proof.Txid, StringComparison.Ordinal)))
                return false;
            _received.Add(proof);
            Save();
            return true;
        }
    }

    /// <summary>Every proof received, newest first.</summary>
    public IReadOnlyList<ReceivedProof> Received()
    {
        lock (_lock)
            return [.. Enumerable.Reverse(_received)];
    }

    private void Load()
    {
        if (!File.Exists(_path))
            return;
        try
        {
            var file = JsonSerializer.Deserialize<TransferStoreFile>(File.ReadAllBytes(_path), FileJson);
            _sent.AddRange(file?.Sent ?? []);
            _received.AddRange(file?.Received ?? []);
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
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new TransferStoreFile([.. _sent], [.. _received]), FileJson));
            File.Move(temporary, _path, overwrite: true); // readers never see a half-written file
        }
        catch (IOException exception)
        {
            _logger.LogWarning("Could not save {Path}: {Reason}", _path, exception.Message);
        }
    }
}
