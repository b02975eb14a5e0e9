namespace FiscalWarehouse.Model.Documents;

/// <summary>
/// Where a value came from. <see cref="Line"/> is the 1-based line of the source text as a reader produced it;
/// for paged formats (PDF) <see cref="Page"/> and <see cref="LineOnPage"/> say where it is printed, and
/// <see cref="Line"/> stays a document-wide running number so that every format sorts the same way.
/// </summary>
public sealed record SourceRef(string File, int Line, int? Page = null, int? LineOnPage = null)
{
    /// <summary>The line as printed in findings and the CSV contract: <c>12</c>, or <c>p3:12</c> for paged formats.</summary>
    public string LineLabel => Page is { } page ? $"p{page}:{LineOnPage ?? Line}" : Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"{File}:{LineLabel}";
}
