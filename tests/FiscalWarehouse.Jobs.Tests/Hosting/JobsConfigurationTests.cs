using FiscalWarehouse.Jobs.Hosting;
using Microsoft.Extensions.Configuration;

namespace FiscalWarehouse.Jobs.Tests.Hosting;

public sealed class JobsConfigurationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Read_Defaults_NightlyAt2InShanghai_InMemory_AllQueues()
    {
        var (jobs, _) = JobsConfiguration.Read(Config());

        Assert.Equal("0 2 * * *", jobs.Schedule);
        Assert.Equal("Asia/Shanghai", jobs.TimeZone);
        Assert.Equal(TimeSpan.FromHours(8), JobsConfiguration.TimeZoneOf(jobs).BaseUtcOffset);
        Assert.Equal("inmemory", jobs.Storage);
        Assert.Equal([JobQueues.Load, JobQueues.Parse, JobQueues.Scan], jobs.EffectiveQueues);
    }

    [Fact]
    public void Read_EnvironmentStyleOverrides_ReplaceDefaults()
    {
        // FW_Jobs__Queues__0=parse arrives as Jobs:Queues:0 once the FW_ prefix is stripped.
        var (jobs, warehouse) = JobsConfiguration.Read(Config(
            ("Jobs:Queues:0", "parse"), ("Jobs:Queues:1", "scan"), ("Jobs:Retries", "5"), ("Jobs:Schedule", "30 1 * * 1-5"),
            ("Jobs:Storage", "postgres"), ("Jobs:ConnectionString", "Host=db;Username=fw"), ("Warehouse:Path", "/srv/fw.duckdb")));

        Assert.Equal(["parse", "scan"], jobs.EffectiveQueues);
        Assert.Equal(5, jobs.Retries);
        Assert.Equal("30 1 * * 1-5", jobs.Schedule);
        Assert.True(HangfireStorageSetup.IsPostgres(jobs));
        Assert.Equal("/srv/fw.duckdb", new JobPaths(jobs, warehouse).Database);
    }

    [Theory]
    [InlineData("Jobs:Storage", "postgres", "ConnectionString")]
    [InlineData("Jobs:Storage", "sqlite", "inmemory or postgres")]
    [InlineData("Jobs:TimeZone", "Mars/Olympus", "time zone")]
    [InlineData("Jobs:WorkerCount", "0", "WorkerCount")]
    public void Read_BadSetting_FailsAtStartWithTheSettingNamed(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => JobsConfiguration.Read(Config((key, value))));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetryDelays_GrowThreefold()
    {
        Assert.Equal([10, 30, 90], RetryPolicy.Delays(new JobsOptions { Retries = 3, RetryDelaySeconds = 10 }));
    }
}
