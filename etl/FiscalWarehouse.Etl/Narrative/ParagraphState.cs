namespace FiscalWarehouse.Etl.Narrative;

/// <summary>What the sentences read so far in one paragraph say about the next one.</summary>
internal sealed class ParagraphState(string normalized)
{
    public string Normalized { get; } = normalized;

    /// <summary>The fund the paragraph's first topic names (财政拨款, 一般公共预算…), or none.</summary>
    public FundQualifier Qualifier { get; set; }

    public bool QualifierDecided { get; set; }

    /// <summary>A name path printed alone (a numbered 项 heading, seed 003, line 508) that the next sentences are about.</summary>
    public FigureContext? Subject { get; set; }

    /// <summary>The figure a 主要包括 broke down: later sentences of the list (seed 002, line 394) are its parts.</summary>
    public FigureContext? Includes { get; set; }

    public FigureContext? Last { get; set; }

    /// <summary>What the open 其中 list breaks down: the figure printed right before 其中.</summary>
    public FigureContext? BreakdownParent { get; set; }

    /// <summary>A 其中 list runs on across ；-separated sentences until a 。 (seed 004, line 536).</summary>
    public bool InBreakdown { get; set; }
}
