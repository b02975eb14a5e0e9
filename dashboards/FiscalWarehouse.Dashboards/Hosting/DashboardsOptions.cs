using System.ComponentModel.DataAnnotations;

namespace FiscalWarehouse.Dashboards.Hosting;

/// <summary>Bound from the "Dashboards" section (FW_Dashboards__AdminToken in the environment).</summary>
public sealed class DashboardsOptions
{
    public const string SectionName = "Dashboards";

    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where Kestrel listens; `fw serve --urls` overrides it.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Admin actions (trigger a load, the Hangfire dashboard) need this token; empty disables them.</summary>
    public string AdminToken { get; set; } = "";

    /// <summary>
    /// A read snapshot published by the worker. When empty, the warehouse file itself (Warehouse:Path) is the source;
    /// either way the dashboards read a private copy, so they never block or are blocked by a load.
    /// </summary>
    public string SnapshotSource { get; set; } = "";

    /// <summary>Where private snapshot copies live; default: a temp directory per process.</summary>
    public string SnapshotDirectory { get; set; } = "";

    /// <summary>How often (at most) requests check whether the source changed.</summary>
    [Range(0.05, 86_400)]
    public double RefreshCheckSeconds { get; set; } = 2;

    /// <summary>Rows beyond this are cut from an API answer (the answer says so) to keep every page fast.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 5000;

    /// <summary>
    /// Memory for API answers already written for the current snapshot (a snapshot never changes, so the same URL
    /// gives the same bytes until the next one); 0 turns the cache off.
    /// </summary>
    [Range(0, 4096)]
    public int AnswerCacheMegabytes { get; set; } = 64;
}
