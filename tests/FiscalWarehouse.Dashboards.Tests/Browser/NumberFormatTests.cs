namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// The pages format numbers by hand (common.js `number`), to spare every cold page the 13–50 ms of ICU set-up of a
/// renderer's first Intl formatter; the text must be exactly what Intl.NumberFormat("zh-CN") writes, which tests,
/// labels and managers' eyes were built on. Compared in chromium itself, on values of every magnitude and on the
/// decimal halves where rounding differs between methods.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NumberFormatTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HandFormatter_WritesWhatIntlWrites_On800000ValueAndDigitPairs()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/quality.html");

        var result = await browser.Page.EvaluateAsync<string[]>("""
            () => {
              let seed = 20261203;
              const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
              const intl = d => new Intl.NumberFormat("zh-CN", { minimumFractionDigits: d, maximumFractionDigits: d });
              const formats = [0, 1, 2, 3, 6].map(intl);
              const digits = [0, 1, 2, 3, 6];
              const values = [0, -0, 0.5, -0.5, 1.5, 2.5, 1.005, 2.675, 9.995, 999.995, -999.995, 0.0049, -0.001, 0.125, 1e-7, 123e-10,
                1e20, 1e21, 999999999999999.9, 123456789.125, 99.5, 999999.5, -1234567.891, 4503599627370495.5, 7862000, 190.504567];
              for (let i = 0; i < 40000; i++) {
                const magnitude = Math.pow(10, Math.floor(random() * 30) - 8);
                const v = random() * magnitude * (random() < 0.3 ? -1 : 1);
                values.push(v, Math.round(v * 1000) / 1000, Math.round(v * 100) / 100 + 0.005, Math.trunc(v) + 0.5);
              }
              const wrong = [];
              for (const v of values) {
                for (let k = 0; k < digits.length; k++) {
                  const hand = FW.number(v, digits[k]), expected = formats[k].format(v);
                  if (hand !== expected && wrong.length < 10) wrong.push(`${v} (${digits[k]}): ${hand} ≠ ${expected}`);
                }
              }
              return [String(values.length * digits.length), FW.number(1234567.891, 2), FW.number(7862000, 0), FW.number(null, 2), ...wrong];
            }
            """);

        Assert.True(int.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture) >= 800_000, result[0]);
        Assert.Equal("1,234,567.89", result[1]);
        Assert.Equal("7,862,000", result[2]);
        Assert.Equal("", result[3]);
        Assert.True(result.Length == 4, string.Join("\n", result.Skip(4)));
        Assert.Empty(browser.Errors);
    }
}
