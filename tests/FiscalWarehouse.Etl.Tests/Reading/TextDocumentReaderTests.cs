using System.Text;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Reading;

public sealed class TextDocumentReaderTests
{
    private static SourceDocument Read(byte[] bytes) => new TextDocumentReader().Read("t.txt", bytes, TestContext.Current.CancellationToken);

    [Fact]
    public void Read_Tsv_SplitsCellsAndKeepsBlanks()
    {
        var doc = Read(Encoding.UTF8.GetBytes("标题\n201\t一般公共服务支出\t195.17\t\t\n"));
        Assert.Equal(SourceFormat.TabSeparatedText, doc.Format);
        Assert.Equal(["201", "一般公共服务支出", "195.17", "", ""], doc.Lines[1].Cells);
        Assert.Equal(2, doc.Lines[1].Number);
    }

    [Fact]
    public void Read_MarkdownPipeTable_StripsPipesAndTreatsSeparatorAsBlank()
    {
        var doc = Read(Encoding.UTF8.GetBytes("## **第二部分**\n| 项目 | 2024年 |\n|------|--|\n| 一、一般公共预算 | 7747.51 |\n"));
        Assert.Equal(SourceFormat.Markdown, doc.Format);
        Assert.Equal(["第二部分"], doc.Lines[0].Cells);
        Assert.True(doc.Lines[2].IsBlank);
        Assert.Equal(["一、一般公共预算", "7747.51"], doc.Lines[3].Cells);
    }

    [Fact]
    public void Read_HtmlFragments_StripsTagsAndSplitsTableCells()
    {
        var doc = Read(Encoding.UTF8.GetBytes("<b>本年收入合计</b>\t27\t2,175.87\n<p>说明&nbsp;文字</p>\n<tr><td>201</td><td>一般公共服务支出</td><td>5.09</td></tr>\n"));
        Assert.Equal(["本年收入合计", "27", "2,175.87"], doc.Lines[0].Cells);
        Assert.Equal(["说明 文字"], doc.Lines[1].Cells);
        Assert.Equal(["201", "一般公共服务支出", "5.09"], doc.Lines[2].Cells);
    }

    [Fact]
    public void Read_CrlfAndBom_GiveTheSameLinesAsLf()
    {
        var lf = Read(Encoding.UTF8.GetBytes("收入决算表\n合计\t\t218.23\n"));
        var crlf = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("收入决算表\r\n合计\t\t218.23\r\n")]);
        Assert.Equal("utf-8-bom", crlf.EncodingName);
        Assert.Equal(lf.Lines.Select(l => l.Cells), crlf.Lines.Select(l => l.Cells));
    }

    [Fact]
    public void Read_Gb18030Sample_IsDetectedAndReadsLikeUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = SampleReports.Bytes(SampleReports.Seed000);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(utf8));
        var a = Read(utf8);
        var b = Read(gb);
        Assert.Equal("gb18030", b.EncodingName);
        Assert.Equal(a.Lines.Select(l => string.Join('\t', l.Cells)), b.Lines.Select(l => string.Join('\t', l.Cells)));
    }
}
