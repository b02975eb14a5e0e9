namespace FiscalWarehouse.Generator.Defects;

/// <summary>The kinds of errors planted in a report on purpose (the `defect` column of truth/findings.csv).</summary>
public static class DefectKind
{
    /// <summary>A 合计 row value that is not the sum of its column (支出表 基本支出).</summary>
    public const string WrongTotal = "wrong_total";

    /// <summary>A 项 row changed so that its 款 (and so its 类) no longer equals the sum of its 项.</summary>
    public const string ItemSum = "class_not_sum_of_items";

    /// <summary>The narrative's 完成年初预算 % differs from 决算 / 年初预算.</summary>
    public const string NarrativeRate = "narrative_rate";

    /// <summary>三公 决算 合计 ≠ 出国 + 车 + 接待.</summary>
    public const string ThreePublicParts = "three_public_parts";

    /// <summary>The file ends in the middle of the tables.</summary>
    public const string Truncated = "truncated";

    /// <summary>Bytes that are neither UTF-8 nor GB18030 in one line.</summary>
    public const string InvalidBytes = "invalid_encoding";

    /// <summary>One line of UTF-8 text decoded as Latin-1 and encoded again (mojibake, still valid UTF-8).</summary>
    public const string DoubleEncoded = "double_encoded";

    public static readonly IReadOnlyList<string> All = [WrongTotal, ItemSum, NarrativeRate, ThreePublicParts, Truncated, InvalidBytes, DoubleEncoded];
}
