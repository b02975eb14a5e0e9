namespace FiscalWarehouse.Dashboards.Admin;

/// <summary>Starts a load of the configured inbox (never of a path from the request). Registered by the host.</summary>
public interface ILoadTrigger
{
    /// <summary>Starts the load in the background and says what was started, or why nothing was.</summary>
    LoadTriggerResult Trigger();
}

/// <summary>Whether a load was started, and a message for the admin.</summary>
public sealed record LoadTriggerResult(bool Started, string Message);
