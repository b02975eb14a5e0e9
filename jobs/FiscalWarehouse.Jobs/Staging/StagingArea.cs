using System.Text.Json;

namespace FiscalWarehouse.Jobs.Staging;

/// <summary>
/// The hand-over folder between parse workers and the single loader:
/// <c>work/FILEID/NAME</c> (a claimed file), <c>tickets/FILEID.json</c> (parsed or quarantined),
/// <c>runs/RUNID.json</c> (scan notes), <c>triggers/</c> (manual scans for the in-memory storage).
/// Every JSON file is written aside and renamed, so a reader never sees half of one.
/// </summary>
public sealed class StagingArea
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public StagingArea(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string WorkFolder(string fileId) => Path.Combine(Root, "work", fileId);

    public string WorkFile(string fileId, string fileName) => Path.Combine(WorkFolder(fileId), fileName);

    private string TicketsFolder => Path.Combine(Root, "tickets");

    private string RunsFolder => Path.Combine(Root, "runs");

    public string TriggersFolder => Path.Combine(Root, "triggers");

    public string TicketPath(string fileId) => Path.Combine(TicketsFolder, fileId + ".json");

    public void WriteTicket(StagedTicket ticket) => WriteAtomically(TicketPath(ticket.FileId), ticket);

    public StagedTicket? ReadTicket(string fileId) => Read<StagedTicket>(TicketPath(fileId));

    public void DeleteTicket(string fileId) => File.Delete(TicketPath(fileId));

    /// <summary>Tickets in the order the parse workers finished them.</summary>
    public IReadOnlyList<string> PendingTicketIds() => ListJson(TicketsFolder);

    public void WriteRunNote(RunNote note) => WriteAtomically(Path.Combine(RunsFolder, note.RunId + ".json"), note);

    public IReadOnlyList<RunNote> PendingRunNotes() =>
        ListJson(RunsFolder).Select(id => Read<RunNote>(Path.Combine(RunsFolder, id + ".json"))).OfType<RunNote>().ToList();

    public void DeleteRunNote(string runId) => File.Delete(Path.Combine(RunsFolder, runId + ".json"));

    public bool HasPendingWork() => PendingTicketIds().Count > 0 || ListJson(RunsFolder).Count > 0;

    /// <summary>Claimed work folders with no ticket yet, older than <paramref name="age"/>: their parse job was lost.</summary>
    public IReadOnlyList<(string FileId, string FileName)> Orphans(TimeSpan age, DateTime nowUtc)
    {
        var work = Path.Combine(Root, "work");
        if (!Directory.Exists(work))
        {
            return [];
        }

        var orphans = new List<(string, string)>();
        foreach (var folder in Directory.GetDirectories(work))
        {
            var fileId = Path.GetFileName(folder);
            if (File.Exists(TicketPath(fileId)) || nowUtc - Directory.GetLastWriteTimeUtc(folder) < age)
            {
                continue;
            }

            var file = Directory.GetFiles(folder).FirstOrDefault(f => !Path.GetFileName(f).StartsWith('.'));
            if (file is not null)
            {
                orphans.Add((fileId, Path.GetFileName(file)));
            }
        }

        return orphans;
    }

    private string ClaimPath(string fileId) => Path.Combine(WorkFolder(fileId), ".claim.json");

    public void WriteClaim(ClaimNote claim) => WriteAtomically(ClaimPath(claim.FileId), claim);

    public ClaimNote? ReadClaim(string fileId) => Read<ClaimNote>(ClaimPath(fileId));

    public void RemoveWorkFolder(string fileId)
    {
        var folder = WorkFolder(fileId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void AddTrigger(string name)
    {
        Directory.CreateDirectory(TriggersFolder);
        var path = Path.Combine(TriggersFolder, $"{name}-{Guid.NewGuid():N}");
        File.WriteAllText(path + ".tmp", name);
        File.Move(path + ".tmp", path);
    }

    private static IReadOnlyList<string> ListJson(string folder) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.json").OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => Path.GetFileNameWithoutExtension(f.Name)).ToList()
            : [];

    private static void WriteAtomically<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(value, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private static T? Read<T>(string path)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
