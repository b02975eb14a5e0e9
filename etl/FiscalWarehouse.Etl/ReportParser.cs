using System.Globalization;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Reading.Xlsx;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Screening;
using FiscalWarehouse.Etl.Validation;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl;

/// <summary>
/// The ETL entry point: bytes → <see cref="ParsedReport"/> (report, tables, narrative figures, findings).
/// Pure: no database, no network, so parsing is testable and benchmarkable alone.
/// </summary>
public sealed class ReportParser
{
    private const int HeadBytes = 4096;
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly TextDocumentReader _text;
    private readonly TableRecognizer _recognizer;
    private readonly ReportValidator _validator;
    private readonly DocumentLimits _limits;

    public ReportParser(IEnumerable<IDocumentReader>? additionalReaders = null, RuleSet? rules = null, DocumentLimits? limits = null)
    {
        _limits = limits ?? DocumentLimits.Default;
        _text = new TextDocumentReader(_limits);
        _readers = [.. additionalReaders ?? [], .. BinaryDocumentReaders.All];
        _recognizer = new TableRecognizer();
        _validator = new ReportValidator(rules ?? RuleSet.Default);
    }

    private ReportParser(ReportParser other, StatedIdentity stated)
    {
        _readers = other._readers;
        _text = other._text;
        _limits = other._limits;
        _recognizer = other._recognizer;
        _validator = other._validator;
        Stated = stated;
    }

    /// <summary>What the user stated about the reports this parser reads (`--unit --year --kind --phase`).</summary>
    public StatedIdentity Stated { get; } = StatedIdentity.None;

    /// <summary>A parser that reads every document as the user states it (each given part overrides the document).</summary>
    public ReportParser With(StatedIdentity stated) => stated.IsEmpty && Stated.IsEmpty ? this : new ReportParser(this, stated);

    /// <summary>Reads a file. Throws <see cref="DocumentReadException"/> when it cannot be read at all.</summary>
    public ParsedReport Parse(string path, CancellationToken cancellationToken = default) =>
        Parse(Path.GetFileName(path), ReadFile(path), cancellationToken);

    /// <summary>
    /// The bytes of a file, refused before reading when it is over <see cref="DocumentLimits.MaxDocumentBytes"/>.
    /// Throws <see cref="DocumentReadException"/> naming the file when it cannot be read.
    /// </summary>
    public byte[] ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _limits.MaxDocumentBytes)
            {
                throw DocumentLimits.Exceeded(name, 1, nameof(DocumentLimits.MaxDocumentBytes), _limits.MaxDocumentBytes, $"{length.ToString(CultureInfo.InvariantCulture)} bytes");
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(name, null, $"cannot read the file: {e.Message}");
        }
    }

    /// <summary>The limits this parser enforces on every document.</summary>
    public DocumentLimits Limits => _limits;

    /// <summary>
    /// Reads, recognizes and validates one document within <see cref="Limits"/>. Every failure of the document, whatever
    /// a reader or library throws, comes out as <see cref="DocumentReadException"/> naming the file.
    /// </summary>
    public ParsedReport Parse(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        cancellationToken.ThrowIfCancellationRequested();
        var name = Path.GetFileName(fileName);
        if (bytes.LongLength > _limits.MaxDocumentBytes)
        {
            throw DocumentLimits.Exceeded(name, 1, nameof(DocumentLimits.MaxDocumentBytes), _limits.MaxDocumentBytes, $"{bytes.LongLength.ToString(CultureInfo.InvariantCulture)} bytes");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_limits.DocumentSeconds > 0)
        {
            budget.CancelAfter(TimeSpan.FromSeconds(_limits.DocumentSeconds));
        }

        try
        {
            var document = Read(fileName, bytes, budget.Token);
            DocumentShapeCheck.Check(document, _limits);
            return Parse(document, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw DocumentLimits.Exceeded(name, 1, nameof(DocumentLimits.DocumentSeconds), _limits.DocumentSeconds, "reading, recognizing and validating took longer; cancelled");
        }
        catch (Exception e) when (e is not (DocumentReadException or OperationCanceledException or OutOfMemoryException))
        {
            // A reader or library failure on a hostile document (XmlException, a decoder's own exception…) is the
            // document's failure: it is reported with the file name, never as a stack trace.
            throw new DocumentReadException(name, 1, $"cannot read the document: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Recognizes and validates an already read document (used by readers' tests and the round trip).</summary>
    public ParsedReport Parse(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var fileName = document.FileName;
        try
        {
            var header = ReportHeader.Read(document, Stated);
            var recognized = _recognizer.Recognize(document, header.Phase);
            cancellationToken.ThrowIfCancellationRequested();
            if (recognized.Tables.Count == 0)
            {
                throw new DocumentReadException(fileName, document.Lines.Count > 0 ? document.Lines[^1].Number : 1,
                    "no table found: not a budget or final-account report, or truncated before its tables");
            }

            var evidence = DisclosureEvidence.Of(document, recognized.Tables);
            if (!evidence.IsDisclosure)
            {
                throw new DocumentReadException(fileName, recognized.Tables[0].Source.Line, evidence.Reason);
            }

            var phase = header.Phase != ReportPhase.Unknown ? header.Phase : PhaseFromTables(recognized);
            if (IdentityCheck.Problem(header.Year, header.PrintedYear, header.Kind, phase) is { } problem)
            {
                throw IdentityCheck.Refuse(document, problem, header.PrintedYear?.Line);
            }
            var narrative = new NarrativeExtractor().Extract(document, recognized.TableLines);
            var report = new Report(document, header.UnitName.Length > 0 ? header.UnitName : EntityFromTables(document) ?? "",
                header.RegionName, header.Year, header.Kind, phase, recognized.Tables, narrative)
            {
                UnitSource = header.UnitSource,
                ParentDepartment = ParentDepartment(document, header.UnitName),
            };
            var findings = new List<Finding>(_validator.WithRuleSeverity(recognized.Findings));
            var (validated, tally) = _validator.Run(report);
            findings.AddRange(validated);
            return new ParsedReport(report, findings) { Checks = tally };
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException or KeyNotFoundException)
        {
            // A defect must not crash a batch load: the report is rejected with the reason, and the defect stays visible.
            throw new DocumentReadException(fileName, null, $"internal error while recognizing the report: {e.GetType().Name}: {e.Message}");
        }
    }

    private SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes));
        foreach (var reader in _readers)
        {
            if (reader.CanRead(fileName, head))
            {
                if (reader is XlsxDocumentReader)
                {
                    WorkbookGuard.Check(Path.GetFileName(fileName), bytes, _limits);
                }

                return reader.Read(fileName, bytes, cancellationToken);
            }
        }

        return _text.Read(fileName, bytes, cancellationToken);
    }

    private static ReportPhase PhaseFromTables(RecognitionResult recognized) =>
        recognized.Tables.Any(t => t.CatalogId.StartsWith("final_", StringComparison.Ordinal)) ? ReportPhase.FinalAccount
        : recognized.Tables.Any(t => t.CatalogId.StartsWith("budget_", StringComparison.Ordinal)) ? ReportPhase.Budget
        : ReportPhase.Unknown;

    private static string? EntityFromTables(SourceDocument document) =>
        document.Lines.Where(l => l.Cells.Count == 1).Select(l => ZoneLine.EntityOf(l.Cells[0])).FirstOrDefault(e => e is not null);

    /// <summary>主管部门及代码 (e.g. "028-高平市工业和信息化局") in a performance form names the parent department.</summary>
    private static string? ParentDepartment(SourceDocument document, string unitName)
    {
        foreach (var line in Items.Of(document.Lines))
        {
            // The key keeps 主 as printed: a first cell without it is not keyed.
            if (line.Cells.Count < 2 || !line.Cells[0].Contains('主', StringComparison.Ordinal)
                || !TextKey.Of(line.Cells[0]).StartsWith("主管部门", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line.Cells.Skip(1).FirstOrDefault(c => c.Length > 0);
            if (value is null)
            {
                continue;
            }

            var dash = value.IndexOf('-', StringComparison.Ordinal);
            var name = (dash >= 0 ? value[(dash + 1)..] : value).Replace("[部门]", "", StringComparison.Ordinal).Trim();
            if (name.Length == 0 || name.All(char.IsAsciiDigit))
            {
                continue;
            }

            return string.Equals(name, unitName, StringComparison.Ordinal) ? null : name;
        }

        return null;
    }
}
