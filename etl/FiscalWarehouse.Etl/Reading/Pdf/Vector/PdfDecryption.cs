using System.Security.Cryptography;

namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// The standard security handler, revisions 2–4 (RC4 40–128 bit, AES-128), for files that open without a user
/// password: what publishers use to forbid copying or printing while anyone may read. Reading the drawing is reading,
/// which the file allows; a file that needs a password does not get here (poppler refuses it first). Revisions 5–6
/// (AES-256) are not handled: those files take the rendering path.
/// </summary>
internal sealed class PdfDecryption
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly bool _aes;
    private readonly bool _identity;

    private PdfDecryption(byte[] key, bool aes, bool identity)
    {
        _key = key;
        _aes = aes;
        _identity = identity;
    }

    /// <summary>Algorithm 2 of ISO 32000-1 §7.6.3.3 with the empty user password.</summary>
    public static PdfDecryption Create(PdfFile file, Dictionary<string, object> encrypt, byte[] firstId)
    {
        if (file.Resolve(encrypt.GetValueOrDefault("Filter")) is not PdfName { Value: "Standard" })
        {
            throw new PdfSyntaxException("not the standard security handler");
        }

        var v = Number(file, encrypt, "V", 0);
        var r = Number(file, encrypt, "R", 2);
        if (r is < 2 or > 4 || v is < 1 or > 4)
        {
            throw new PdfSyntaxException($"security handler revision {r} is not supported");
        }

        var aes = false;
        var identity = false;
        var length = Number(file, encrypt, "Length", 40);
        if (v == 4)
        {
            var streamFilter = file.Resolve(encrypt.GetValueOrDefault("StmF")) is PdfName f ? f.Value : "Identity";
            var method = file.Dict(file.Dict(encrypt.GetValueOrDefault("CF"))?.GetValueOrDefault(streamFilter))?.GetValueOrDefault("CFM");
            var name = file.Resolve(method) is PdfName m ? m.Value : "None";
            identity = streamFilter == "Identity" || name == "None";
            aes = name == "AESV2";
            if (!identity && !aes && name != "V2")
            {
                throw new PdfSyntaxException("crypt filter " + name + " is not supported");
            }

            length = aes ? 128 : Number(file, encrypt, "Length", 128);
        }

        var owner = file.Resolve(encrypt.GetValueOrDefault("O")) as byte[] ?? throw new PdfSyntaxException("no /O");
        var permissions = Number(file, encrypt, "P", 0);
        var encryptMetadata = file.Resolve(encrypt.GetValueOrDefault("EncryptMetadata")) is not false;
        var n = r == 2 ? 5 : Math.Clamp(length / 8, 5, 16);

        var input = new List<byte>(Padding);
        input.AddRange(owner.Take(32));
        input.AddRange(BitConverter.GetBytes(permissions));
        input.AddRange(firstId);
        if (r >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

#pragma warning disable CA5351 // MD5 and RC4 are what the PDF standard prescribes here; nothing is protected by them.
        var hash = MD5.HashData([.. input]);
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, n));
            }
        }

        return new PdfDecryption(hash[..n], aes, identity);
    }

    /// <summary>Algorithm 1: the object's own key, then RC4 or AES-128-CBC (the IV is the data's first 16 bytes).</summary>
    public byte[] Decrypt(byte[] data, int number, int generation)
    {
        if (_identity)
        {
            return data;
        }

        var salt = new List<byte>(_key)
        {
            (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)generation, (byte)(generation >> 8),
        };
        if (_aes)
        {
            salt.AddRange("sAlT"u8.ToArray());
        }

        var key = MD5.HashData([.. salt]).AsSpan(0, Math.Min(_key.Length + 5, 16)).ToArray();
#pragma warning restore CA5351
        if (!_aes)
        {
            return Rc4(key, data);
        }

        if (data.Length < 32 || data.Length % 16 != 0)
        {
            return data.Length == 16 ? [] : throw new PdfSyntaxException("AES data is not whole blocks");
        }

        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7);
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    private static int Number(PdfFile file, Dictionary<string, object> dict, string key, int fallback) =>
        file.Resolve(dict.GetValueOrDefault(key)) is double d ? (int)(long)d : fallback;
}
