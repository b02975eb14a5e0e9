namespace FiscalWarehouse.Generator.Writing;

/// <summary>A printed cell: text (labels, codes, 行次), an amount in 万元 (null = blank), or a dash (not applicable).</summary>
internal readonly record struct Cell(string? Text, decimal? Amount, bool IsAmount, bool IsDash, bool IsCount = false)
{
    public static readonly Cell Empty = new("", null, false, false);

    public static readonly Cell Blank = new(null, null, true, false);

    public static readonly Cell Dash = new("——", null, false, true);

    public static Cell Of(string text) => new(text, null, false, false);

    public static Cell Money(decimal? amount) => new(null, amount, true, false);

    /// <summary>An amount that is printed only when it is not zero (templates leave unused cells blank, seed 000 line 73).</summary>
    public static Cell MoneyOrBlank(decimal amount) => amount == 0m ? Blank : Money(amount);

    /// <summary>A count (vehicles): printed as an integer, never converted between 万元 and 元.</summary>
    public static Cell Count(int n) => new(null, n, true, false, true);

    public static implicit operator Cell(string text) => Of(text);
}
