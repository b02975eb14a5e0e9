namespace FiscalWarehouse.Etl.Narrative;

/// <summary>What the figures of a clause are about: carried to the next clause that does not say it again.</summary>
internal sealed record FigureContext(string[] Topics, string? Subject, string? SubjectCode, FundQualifier Qualifier);
