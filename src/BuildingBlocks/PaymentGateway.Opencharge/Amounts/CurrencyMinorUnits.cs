using System.Collections.Frozen;

namespace PaymentGateway.Opencharge.Amounts;

/// <summary>
/// ISO 4217 minor units: how many digits after the point an amount in a national currency may have (USD 2, JPY 0,
/// BHD 3). Codes that are not in the list (crypto assets, tokens, funds codes without minor units such as XAU) are
/// the issuer's business and may use up to <see cref="OpenchargeAmount.MaxFractionDigits"/>.
/// </summary>
public static class CurrencyMinorUnits
{
    private static readonly FrozenDictionary<string, int> Iso = Build();

    /// <summary>The most fraction digits an amount in <paramref name="currency"/> may have.</summary>
    public static int MaxFractionDigits(string currency) =>
        TryGetIso(currency, out var digits) ? digits : OpenchargeAmount.MaxFractionDigits;

    public static bool TryGetIso(string currency, out int digits) => Iso.TryGetValue(currency, out digits);

    private static FrozenDictionary<string, int> Build()
    {
        // Active codes (ISO 4217 list one), plus a few recently withdrawn ones an old integration may still send.
        const string Zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF BYR";
        const string Three = "BHD IQD JOD KWD LYD OMR TND";
        const string Four = "CLF UYW";
        const string Two = """
            AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF
            CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG
            HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
            MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD
            SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG
            YER ZAR ZMW ZWG ANG CUC HRK MRO SLL STD VEF ZWL
            """;
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (codes, digits) in new[] { (Zero, 0), (Two, 2), (Three, 3), (Four, 4) })
        {
            foreach (var code in codes.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                table.Add(code, digits);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
