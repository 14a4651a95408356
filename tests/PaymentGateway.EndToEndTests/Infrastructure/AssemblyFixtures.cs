using PaymentGateway.EndToEndTests.Infrastructure;

// One browser for all tests: starting Chromium costs more than a test.
[assembly: AssemblyFixture(typeof(BrowserFixture))]
