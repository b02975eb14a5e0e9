using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading.Xlsx;

public sealed class XlsxDocumentReader : IDocumentReader
{
    public bool CanRead(string fileName, ReadOnlySpan<byte> head) => false;

    public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
