using Microsoft.Extensions.Logging.Abstractions;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Orders;

namespace PaymentGateway.Sandbox.Tests;

/// <summary>What must survive a restart of the sandbox: its keys and its orders.</summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sandbox-state-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Key_file_is_created_owner_only_in_a_new_folder_and_reloaded_unchanged()
    {
        var path = Path.Combine(_folder, "nested", "merchant.key");

        var created = KeyFile.LoadOrCreate(path, out var wasCreated);
        var reloaded = KeyFile.LoadOrCreate(path, out var wasCreatedAgain);

        Assert.True(wasCreated);
        Assert.False(wasCreatedAgain);
        Assert.Equal(created.PublicKey, reloaded.PublicKey);
        Assert.Matches("^[0-9a-f]{64}\n$", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Unreadable_key_file_stops_start_up_without_echoing_its_content()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "bad.key");
        File.WriteAllText(path, "secret-not-a-key");

        var error = Assert.Throws<InvalidOperationException>(() => KeyFile.LoadOrCreate(path, out _));

        Assert.DoesNotContain("secret-not-a-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Orders_and_processed_proofs_survive_a_restart()
    {
        var settings = SandboxSettings.From(new SandboxOptions { DataFolder = _folder });
        var first = new OrderStore(settings, NullLogger<OrderStore>.Instance);
        first.Add(new SandboxOrder("ord_1", "mug", "Tom & Jerry's \"Mug\"", "12.50", "USD", 1, 3601, OrderStatus.Pending, "sess_1", "http://pg/checkout/sess_1", null, null, null));
        Assert.Equal(GatewayPaymentOutcome.Recorded, first.RecordGatewayPayment("ord_1", 200, "pg_tx_1"));
        first.MarkPaid("ord_1", "mg_tx_1", 100);

        var second = new OrderStore(settings, NullLogger<OrderStore>.Instance);

        var order = second.Find("ord_1")!;
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("Tom & Jerry's \"Mug\"", order.ProductName);
        Assert.Equal("pg_tx_1", order.GatewayTxid);
        Assert.Equal("mg_tx_1", order.MerchantTxid);
        Assert.True(second.IsProcessed(200, "pg_tx_1"));
        Assert.False(second.IsProcessed(201, "pg_tx_1")); // txids are per issuer
        Assert.Equal(GatewayPaymentOutcome.DuplicateTxid, second.RecordGatewayPayment("ord_1", 200, "pg_tx_1"));
    }

    [Fact]
    public void Generated_keys_are_distinct_per_party()
    {
        var settings = SandboxSettings.From(new SandboxOptions { DataFolder = _folder });

        var parties = SandboxParties.Load(settings, NullLogger.Instance);

        Assert.NotEqual(parties.Merchant.PublicKey, parties.MerchantGateway.PublicKey);
        Assert.DoesNotContain(parties.Merchant.Key.ToHex(), parties.Merchant.ToString(), StringComparison.Ordinal);
    }
}
