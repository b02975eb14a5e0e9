using CsCheck;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// Random text for the equivalence tests of hand matchers against their regexes: drawn from the characters (or the
/// whole phrases) a pattern cares about, so matches and near misses are frequent instead of rare.
/// </summary>
internal static class RandomText
{
    /// <summary>Up to <paramref name="maxLength"/> characters, each one of <paramref name="alphabet"/>.</summary>
    public static Gen<string> Of(string alphabet, int maxLength) =>
        Gen.Int[0, alphabet.Length - 1].Array[0, maxLength].Select(ix => new string(ix.Select(i => alphabet[i]).ToArray()));

    /// <summary>Up to <paramref name="count"/> of <paramref name="chunks"/> run together.</summary>
    public static Gen<string> Phrases(string[] chunks, int count) =>
        Gen.Int[0, chunks.Length - 1].Array[0, count].Select(ix => string.Concat(ix.Select(i => chunks[i])));
}
