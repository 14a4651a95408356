using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>Screenshots as test artifacts: a PNG in the artifacts folder and an attachment on the test result.</summary>
internal static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(TestPaths.ArtifactFolder("screenshots"), name + ".png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, png, "image/png");
        return path;
    }
}
