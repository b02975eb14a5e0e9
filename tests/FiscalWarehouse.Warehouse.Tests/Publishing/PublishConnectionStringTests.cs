using FiscalWarehouse.Warehouse.Publishing;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

public sealed class PublishConnectionStringTests
{
    [Fact]
    public void Parse_Host_IsPostgreSql_AndThePasswordIsRedacted()
    {
        var target = PublishConnectionString.Parse("Host=db.example;Port=5433;Username=bi;Password=s3cret;Database=fiscal");
        Assert.Equal(PublishTargetKind.PostgreSql, target.Kind);
        Assert.DoesNotContain("s3cret", target.Redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", target.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", target.Redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Server=tcp:bi.example,1433;User ID=bi;Password=s3cret;Encrypt=true")]
    [InlineData("Data Source=bi.example;User ID=bi;Pwd=s3cret")]
    public void Parse_Server_IsSqlServer_AndThePasswordIsRedacted(string connectionString)
    {
        var target = PublishConnectionString.Parse(connectionString);
        Assert.Equal(PublishTargetKind.SqlServer, target.Kind);
        Assert.DoesNotContain("s3cret", target.Redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeitherHostNorServer_IsAClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => PublishConnectionString.Parse("Database=x;User=y"));
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }
}
