using System.Text;
using System.Text.RegularExpressions;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Tests.Identity;

/// <summary>
/// Unit, year, kind and phase of a report, from the cover down to the file name, and the refusal of a report whose
/// identity stays incomplete. Built on the real 襄垣县工业和信息化局 2023 部门决算 sample with its cover altered.
/// </summary>
public sealed class ReportIdentityTests
{
    private const string Unit = "襄垣县工业和信息化局";
    private static readonly ReportParser Parser = new();

    private static string Xiangyuan => Encoding.UTF8.GetString(SampleReports.Bytes(SampleReports.Seed001));

    private static ParsedReport Parse(string fileName, string text, ReportParser? parser = null) =>
        (parser ?? Parser).Parse(fileName, Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);

    private static DocumentReadException Refused(string fileName, string text, ReportParser? parser = null) =>
        Assert.Throws<DocumentReadException>(() => Parse(fileName, text, parser));

    /// <summary>Every year of the text replaced: the document no longer dates itself anywhere.</summary>
    private static string WithoutYears(string text) => Regex.Replace(text, @"\d{4}(\s*年)", "本$1");

    [Fact]
    public void Sample_IdentityComesFromTheCover()
    {
        var report = SampleReports.Parse(SampleReports.Seed001).Report;

        Assert.Equal((Unit, 2023, ReportKind.Department, ReportPhase.FinalAccount), (report.UnitName, report.Year, report.Kind, report.Phase));
        Assert.Equal(3, report.UnitSource!.Line);
    }

    [Fact]
    public void UnitPrintedOnlyInTheFileName_IsTakenFromIt()
    {
        var text = Xiangyuan.Replace(Unit, "", StringComparison.Ordinal);

        var report = Parse($"2023年{Unit}部门决算公开.txt", text).Report;

        Assert.Equal(Unit, report.UnitName);
        Assert.Null(report.UnitSource);
        Assert.Equal((2023, ReportKind.Department, ReportPhase.FinalAccount), (report.Year, report.Kind, report.Phase));
    }

    [Fact]
    public void UnitNamedOnlyByTheNarrative_IsTakenFromIt()
    {
        // The cover line and every 部门名称：/单位名称： line emptied; line 119 still opens with "襄垣县工业和信息化局2023年部门决算由…".
        var text = Xiangyuan.Replace("\n" + Unit + "\n", "\n\n", StringComparison.Ordinal)
            .Replace("部门名称：" + Unit, "部门名称：", StringComparison.Ordinal)
            .Replace("单位名称：" + Unit, "单位名称：", StringComparison.Ordinal);

        var report = Parse("report.txt", text).Report;

        Assert.Equal(Unit, report.UnitName);
        Assert.Equal(119, report.UnitSource!.Line);
    }

    [Fact]
    public void NoYearAnywhere_IsRefusedNamingTheYear_AndTheFileNameOrAStatedYearSuppliesIt()
    {
        var text = WithoutYears(Xiangyuan);

        var refused = Refused("xiangyuan-final.txt", text);
        Assert.Equal("xiangyuan-final.txt", refused.File);
        Assert.Contains("report identity incomplete: no year", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("--year", refused.Reason, StringComparison.Ordinal);

        Assert.Equal(2023, Parse("xiangyuan-2023-department-final.txt", text).Report.Year);
        Assert.Equal(2023, Parse("xiangyuan-final.txt", text, Parser.With(new StatedIdentity(Year: 2023))).Report.Year);
    }

    [Theory]
    [InlineData("99999年度", "'99999年度'")]
    [InlineData("0000年度", "'0000年度'")]
    [InlineData("1899年度", "'1899年度'")]
    public void YearOutsideTheRange_IsRefusedWithThePrintedYear(string printed, string named)
    {
        var text = Xiangyuan.Replace("2023年度部门决算公开", printed + "部门决算公开", StringComparison.Ordinal);

        var refused = Refused("x.txt", text);

        Assert.Contains($"the year printed {named} (line 5) is outside 1990…{DateTime.UtcNow.Year + 2}", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(5, refused.Line);
    }

    [Fact]
    public void StatedYearOutsideTheRange_IsRefusedToo()
    {
        var refused = Refused("x.txt", Xiangyuan, Parser.With(new StatedIdentity(Year: 20230)));

        Assert.Contains("the year 20230 is outside", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoKindAnywhere_IsRefusedNamingTheKind_AndAStatedKindSuppliesIt()
    {
        // 部门 removed everywhere: the tables are still read, but nothing says whether this is a 部门 or a 单位 report.
        var text = Xiangyuan.Replace("部门", "", StringComparison.Ordinal);

        var refused = Refused("x.txt", text);
        Assert.Contains("no kind: neither 部门 nor 单位", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("no year", refused.Reason, StringComparison.Ordinal);

        var stated = Parse("x.txt", text, Parser.With(new StatedIdentity(Kind: ReportKind.Department))).Report;
        Assert.Equal((ReportKind.Department, ReportPhase.FinalAccount, 2023), (stated.Kind, stated.Phase, stated.Year));
    }

    [Fact]
    public void StatedIdentity_OverridesWhatTheDocumentSays()
    {
        var stated = new StatedIdentity("襄垣县商务中心", 2024, ReportKind.Unit, ReportPhase.Budget);

        var report = Parse("x.txt", Xiangyuan, Parser.With(stated)).Report;

        Assert.Equal(("襄垣县商务中心", 2024, ReportKind.Unit, ReportPhase.Budget), (report.UnitName, report.Year, report.Kind, report.Phase));
    }

    [Fact]
    public void IdentityCheck_NamesEveryMissingPart()
    {
        var problem = IdentityCheck.Problem(null, null, ReportKind.Unknown, ReportPhase.Unknown);

        Assert.Equal(
            "report identity incomplete: no year (NNNN年) on the cover, in the titles, the narrative or the file name (state it with --year); "
            + "no phase: neither 预算 nor 决算 is named by the cover, the titles, the tables or the file name (state it with --phase); "
            + "no kind: neither 部门 nor 单位 is named by the cover, the titles, the narrative or the file name (state it with --kind)",
            problem);
        Assert.Null(IdentityCheck.Problem(2026, null, ReportKind.Unit, ReportPhase.Budget));
    }

    [Fact]
    public void UnitNameWithMarkup_IsTheSameUnitAsWithout()
    {
        var text = Xiangyuan.Replace("\n" + Unit + "\n", "\n<b>襄垣县工业和信息化局</b>&nbsp;\n", StringComparison.Ordinal);

        var report = Parse("x.txt", text).Report;

        Assert.Equal(Unit, report.UnitName);
    }

    [Theory]
    [InlineData("<b>襄垣县工业和信息化局</b>", Unit)]
    [InlineData("&lt;span class=\"x\"&gt;襄垣县工业和信息化局&lt;/span&gt;", Unit)]
    [InlineData("襄垣县工业&amp;信息化局", "襄垣县工业&信息化局")]
    [InlineData("襄垣县工业和信息化局&nbsp;", Unit)]
    [InlineData("a < b 局", "a < b 局")]
    public void UnitMarkup_StripsTagsAndEntities(string printed, string expected) =>
        Assert.Equal(expected, UnitMarkup.Strip(printed));

    [Theory]
    [InlineData("2026年济南市财政局部门预算.pdf", "济南市财政局", 2026, ReportKind.Department, ReportPhase.Budget)]
    [InlineData("长春市信访局2025年度单位决算公开.xlsx", "长春市信访局", 2025, ReportKind.Unit, ReportPhase.FinalAccount)]
    [InlineData("jiangsu-suzhou-ecology-2026-unit-budget.pdf", null, 2026, ReportKind.Unit, ReportPhase.Budget)]
    [InlineData("shanxi-xiangyuan-industry-bureau-2023-department-final.txt", null, 2023, ReportKind.Department, ReportPhase.FinalAccount)]
    [InlineData("report.pdf", null, null, ReportKind.Unknown, ReportPhase.Unknown)]
    public void FileName_GivesWhatItSays(string fileName, string? unit, int? year, ReportKind kind, ReportPhase phase) =>
        Assert.Equal((unit, year, kind, phase), FileNameIdentity.Read(fileName));
}
