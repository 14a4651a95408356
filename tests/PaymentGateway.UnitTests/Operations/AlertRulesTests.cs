using System.Diagnostics;
using System.Text.RegularExpressions;
using PaymentGateway.Testing;

namespace PaymentGateway.UnitTests.Operations;

/// <summary>
/// The shipped Prometheus alert rules (deploy/prometheus): valid, behaving as their own unit tests say, and built only
/// from metrics the gateway exports.
/// </summary>
public sealed partial class AlertRulesTests
{
    private static readonly string RulesFolder = Path.Combine(Repository.Root, "deploy", "prometheus");

    [Fact]
    public async Task Promtool_passes_the_rules_unit_tests()
    {
        var (exitCode, output) = await RunPromtoolAsync("test", "rules", "alerts.test.yml");

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_metric_an_alert_uses_is_exported_by_the_gateway()
    {
        var rules = File.ReadAllText(Path.Combine(RulesFolder, "alerts.yml"));
        var source = string.Join('\n', Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText));

        var used = ExpressionLine().Matches(rules)
            .SelectMany(line => MetricName().Matches(line.Groups[1].Value))
            .Select(match => HistogramSuffix().Replace(match.Value, string.Empty))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, metric => Assert.True(source.Contains($"\"{metric}\"", StringComparison.Ordinal), $"{metric} is not a metric in src/"));
    }

    private static async Task<(int ExitCode, string Output)> RunPromtoolAsync(params string[] arguments)
    {
        var promtool = Environment.GetEnvironmentVariable("PAYMENTGATEWAY_TEST_PROMTOOL") is { Length: > 0 } configured
            ? configured
            : "promtool";
        var start = new ProcessStartInfo(promtool) { WorkingDirectory = RulesFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"promtool was not found ({e.Message}); scripts/test.sh installs it, or set PAYMENTGATEWAY_TEST_PROMTOOL.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, await output + await error);
        }
    }

    [GeneratedRegex(@"^\s*expr:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex ExpressionLine();

    [GeneratedRegex(@"\b(checkout|settlement|outbox|merchants|opencharge)_[a-z_]+\b")]
    private static partial Regex MetricName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
