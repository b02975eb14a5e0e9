using System.Text;

namespace FiscalWarehouse.Generator.Truth;

/// <summary>
/// Writes a corpus: DIR/reports/* and the truth folder DIR/truth/ (manifest.csv, facts/&lt;report&gt;.csv, findings.csv,
/// mart_execution_rate.csv, mart_three_public.csv). Rows stream to disk as reports are generated.
/// </summary>
public sealed class CorpusWriter : IDisposable
{
    public const string ManifestHeader = "report,unit,county_code,year,kind,phase,format,encoding,style,expect,defects,facts";
    public const string FindingsHeader = "report,defect_id,defect,check,line,allowed_lines,table_id,row_label,expected,printed";

    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly string _reports;
    private readonly string _facts;
    private readonly StreamWriter _manifest;
    private readonly StreamWriter _findings;
    private readonly StreamWriter _rates;
    private readonly StreamWriter _threePublic;

    public CorpusWriter(string directory)
    {
        _reports = Path.Combine(directory, "reports");
        var truth = Path.Combine(directory, "truth");
        _facts = Path.Combine(truth, "facts");
        Directory.CreateDirectory(_reports);
        Directory.CreateDirectory(_facts);
        _manifest = Open(Path.Combine(truth, "manifest.csv"), ManifestHeader);
        _findings = Open(Path.Combine(truth, "findings.csv"), FindingsHeader);
        _rates = Open(Path.Combine(truth, "mart_execution_rate.csv"), ExecutionRateRow.CsvHeader);
        _threePublic = Open(Path.Combine(truth, "mart_three_public.csv"), ThreePublicRow.CsvHeader);
    }

    public int Reports { get; private set; }

    public long Bytes { get; private set; }

    public int Defects { get; private set; }

    public void Write(GeneratedReport r)
    {
        File.WriteAllBytes(Path.Combine(_reports, r.FileName), r.Bytes);
        using (var facts = Open(Path.Combine(_facts, r.FileName + ".csv"), TruthFact.CsvHeader))
        {
            foreach (var f in r.Facts)
            {
                facts.Write(CsvText.Line(f.Report, f.TableId, f.TableTitle, f.RowCode, f.RowLabel, f.Column, f.Value, f.Unit, f.SourceLine) + "\n");
            }
        }

        _manifest.Write(CsvText.Line(r.FileName, r.Unit, r.CountyCode, r.Year, r.Kind, r.Phase, r.Style.Format.ToString().ToLowerInvariant(),
            r.Style.Encoding.ToString().ToLowerInvariant(), r.Style.Describe(), r.ExpectRejected ? "rejected" : "loaded",
            string.Join(' ', r.Defects.Select(d => d.Kind)), r.Facts.Count) + "\n");
        foreach (var d in r.Defects)
        {
            _findings.Write(CsvText.Line(d.Report, d.Id, d.Kind, d.Check, d.Line, d.AllowedLines.Count > 3 ? $"{d.AllowedLines[0]}-{d.AllowedLines[^1]}" : string.Join(' ', d.AllowedLines), d.TableId, d.RowLabel, d.Expected, d.Printed) + "\n");
        }

        if (r.ExecutionRate is { } e)
        {
            _rates.Write(CsvText.Line(e.Unit, e.Year, CsvText.Yuan(e.InitialBudgetYuan), CsvText.Yuan(e.FinalYuan), e.RateVsInitial?.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture)) + "\n");
        }

        if (r.ThreePublic is { } t)
        {
            _threePublic.Write(CsvText.Line(t.Unit, t.Year, CsvText.Yuan(t.BudgetYuan), CsvText.Yuan(t.ActualYuan), CsvText.Yuan(t.OverseasYuan), CsvText.Yuan(t.ReceptionYuan), CsvText.Yuan(t.VehiclePurchaseYuan), CsvText.Yuan(t.VehicleOperationYuan)) + "\n");
        }

        Reports++;
        Bytes += r.Bytes.Length;
        Defects += r.Defects.Count;
    }

    public void Dispose()
    {
        _manifest.Dispose();
        _findings.Dispose();
        _rates.Dispose();
        _threePublic.Dispose();
    }

    private static StreamWriter Open(string path, string header)
    {
        var writer = new StreamWriter(path, false, Utf8) { NewLine = "\n" };
        writer.Write(header + "\n");
        return writer;
    }
}
