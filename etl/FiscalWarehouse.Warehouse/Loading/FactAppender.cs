namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends prepared facts straight into their fact table (migration 0003's column order), with the report version's
/// ids: no staging table and no insert-select per family. The checked appender still refuses a value whose type does
/// not match its column, and a row with too few or too many values.
/// </summary>
internal static class FactAppender
{
    public static void Append(Func<string, CheckedAppender> appenderFor, long rv, FactRow f)
    {
        var a = appenderFor(f.Family).Row().Long(rv * 10_000_000 + f.CellOrdinal).Long(rv).Long(rv * 100_000 + f.TableOrdinal).Text(f.CatalogId);
        switch (f.Family)
        {
            case TableFamilies.Income:
                a.Text(f.FunctionCode).Text(f.FunctionLevel).Text(f.RevenueCode).Text(f.FundSource).Text(f.Measure).Text(f.Block);
                break;
            case TableFamilies.Expenditure:
                a.Text(f.FunctionCode).Text(f.FunctionLevel).Text(f.ExpenseType).Text(f.FundSource).Text(f.Measure);
                break;
            case TableFamilies.BasicEconomic:
                a.Text(f.IsEconomic ? f.SubjectCode : null).Text(f.IsEconomic ? f.SubjectSystem : null).Text(f.IsEconomic ? f.SubjectLevel : null)
                    .Bool(f.CodeMappedByName).Text(f.CostType).Text(f.FundSource).Text(f.Measure);
                break;
            case TableFamilies.ThreePublic:
                a.Text(f.Part).Text(f.FundSource).Text(f.Measure);
                break;
            case TableFamilies.Performance:
                a.Text(f.TableSubject).Text(f.RowLabel).Text(f.Measure).Text(f.FundSource);
                break;
            case TableFamilies.TableCell:
                a.Text(f.FunctionCode).Text(f.Measure).Text(f.FundSource).Text(f.ExpenseType).Text(f.Part).Text(f.Block);
                break;
            default:
                throw new InvalidOperationException($"no fact table {f.Family}");
        }

        a.Decimal(f.AmountYuan).Decimal(f.Value).Text(f.ValueKind).Bool(f.IsPercent).Text(f.PrintedText).Text(f.PrintedUnit)
            .Text(f.RowCode).Text(f.RowLabel).Text(f.RowKind).Text(f.RowLineNo).Text(f.ColumnPath).Text(f.SourceFile).Int(f.SourceLine).Int(f.SourcePage)
            .End();
    }
}
