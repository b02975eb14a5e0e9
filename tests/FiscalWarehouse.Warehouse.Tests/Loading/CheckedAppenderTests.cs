using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>The appender refuses what DuckDB.NET would convert silently (a value into a column of another type) and short rows.</summary>
public sealed class CheckedAppenderTests : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public CheckedAppenderTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "create table t (id bigint, amount decimal(18, 2), label varchar, ok boolean)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Row_ValuesOfTheColumnTypes_AppendedExactly()
    {
        using (var appender = new CheckedAppender(_connection, "t"))
        {
            appender.Row().Long(1).Decimal(2_182_300.00m).Text("一般公共服务支出").Bool(true).End();
            appender.Row().Long(2).Decimal(null).Text(null).Bool(false).End();
        }

        Assert.Equal(2_182_300.00m, Db.Scalar<decimal>(_connection, "select amount from t where id = 1"));
        Assert.Equal("一般公共服务支出", Db.Scalar<string>(_connection, "select label from t where id = 1"));
        Assert.Equal(1L, Db.Scalar<long>(_connection, "select count(*) from t where id = 2 and amount is null and label is null"));
    }

    [Fact]
    public void Row_TextIntoADecimalColumn_RefusedNamingTheColumn()
    {
        using var appender = new CheckedAppender(_connection, "t");

        var e = Assert.Throws<InvalidOperationException>(() => appender.Row().Long(1).Text("218.23"));

        Assert.Equal("t.amount is DECIMAL(18,2): refusing to append a VARCHAR value into it", e.Message);
    }

    [Fact]
    public void Row_FewerValuesThanColumns_RefusedAtTheEnd()
    {
        using var appender = new CheckedAppender(_connection, "t");

        var e = Assert.Throws<InvalidOperationException>(() => appender.Row().Long(1).Decimal(1m).End());

        Assert.Equal("t: row has 2 values, the table has 4 columns", e.Message);
    }

    public void Dispose() => _connection.Dispose();
}
