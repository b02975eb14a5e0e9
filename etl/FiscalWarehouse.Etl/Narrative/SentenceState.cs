namespace FiscalWarehouse.Etl.Narrative;

/// <summary>What the clauses read so far in one sentence say about the next one.</summary>
internal sealed class SentenceState
{
    /// <summary>The first figure's context: what a 其中 list breaks down.</summary>
    public FigureContext? Main { get; set; }

    /// <summary>The previous figure's context.</summary>
    public FigureContext? Previous { get; set; }

    /// <summary>A 其中 since the first figure: a change or carry-over after the parts is about the whole again
    /// (<c>预算收入总计667.98万元，其中：本年收入667.98万元，上年结转0万元，比上年减少329.65万元</c>, seed 002, line 390).</summary>
    public bool InBreakdown { get; set; }

    /// <summary>After 主要包括 the clauses list the parts of the previous figure (seed 000, line 445).</summary>
    public bool InIncludes { get; set; }

    /// <summary>After 原因 the clauses explain; their amounts are not figures until a clause starts with a new subject.</summary>
    public bool InReason { get; set; }

    /// <summary>A figure of this sentence could not be read: what follows it cannot lean on what came before.</summary>
    public bool LostTrack { get; set; }
}
