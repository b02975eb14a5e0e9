namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// The label of an indicator row: its 一级 / 二级 / 三级 names joined with " / ", the levels the form leaves empty left
/// out (scored blocks of 自评表 and the indicators of 绩效目标表 alike).
/// </summary>
internal static class IndicatorPath
{
    public static string Label(string[] path)
    {
        // Every level is usually named: then the path is joined as it is, without filtering it first.
        foreach (var level in path)
        {
            if (string.IsNullOrEmpty(level))
            {
                return string.Join(" / ", path.Where(p => !string.IsNullOrEmpty(p)));
            }
        }

        return string.Join(" / ", path);
    }
}
